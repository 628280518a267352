#include "export/pdfexporter.h"

#include "export/exportcontent_p.h"
#include "export/pdfannotator_p.h"
#include "export/pdflayout_p.h"
#include "export/savedfile_p.h"
#include "store/librarystore.h"

#include <QBuffer>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

struct PdfExporter::Private
{
    const LibraryStore *store = nullptr;
    QString error;
    bool cancelled = false;
};

PdfExporter::PdfExporter(const LibraryStore *store, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->store = store;
}

PdfExporter::~PdfExporter() = default;

QString PdfExporter::errorString() const
{
    return d->error;
}

void PdfExporter::cancel()
{
    d->cancelled = true;
}

bool PdfExporter::wasCancelled() const
{
    return d->cancelled;
}

bool PdfExporter::exportArticle(qint64 articleId, const QString &path, const PdfExportOptions &options)
{
    d->error.clear();
    d->cancelled = false;
    const auto failed = [this](const QString &message) {
        d->error = message;
        return false;
    };

    const std::optional<ExportContent> content =
        ExportContent::read(*d->store, articleId, options, &d->error);
    if (!content)
        return false;

    // Opened first so an unwritable place fails before any work; nothing replaces `path` until commit().
    SavedFile file(path);
    if (!file.open())
        return failed(file.errorString());

    PdfLayout layout(*content, options);
    const int total = layout.stepCount() + 1;
    const auto step = [this, total](int done) {
        Q_EMIT progress(done, total);
        return !d->cancelled;
    };
    QBuffer laidOut;
    laidOut.open(QIODevice::WriteOnly);
    const std::optional<PdfLayoutResult> result = layout.render(&laidOut, step);
    if (!result) {
        file.cancel();
        return failed(d->cancelled ? u"the export was cancelled"_s : u"the PDF could not be laid out"_s);
    }
    laidOut.close();

    const std::optional<QByteArray> annotated =
        PdfAnnotator(*content, *result, options).annotate(laidOut.data(), &d->error);
    if (!annotated) {
        file.cancel();
        return false;
    }
    if (!step(total)) {
        file.cancel();
        return failed(u"the export was cancelled"_s);
    }
    if (!file.commit(*annotated))
        return failed(file.errorString());
    return true;
}

} // namespace Colloquy
