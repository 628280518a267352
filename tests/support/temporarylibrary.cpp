#include "temporarylibrary.h"

#include "annotate/annotations.h"
#include "import/articlereader.h"
#include "people/speakerprofiles.h"
#include "review/segmentationreview.h"
#include "store/librarystore.h"

#include <QDebug>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

TemporaryLibrary::TemporaryLibrary()
    : m_dir(std::make_unique<QTemporaryDir>())
    , m_store(std::make_unique<LibraryStore>())
{
    if (!m_dir->isValid()) {
        qWarning() << "cannot make a temporary folder:" << m_dir->errorString();
        return;
    }
    if (!m_store->open(path()))
        qWarning() << "cannot open the library:" << m_store->errorString();
}

TemporaryLibrary::~TemporaryLibrary()
{
    close();
}

bool TemporaryLibrary::isOpen() const
{
    return m_dir->isValid() && m_store && m_store->isOpen();
}

QString TemporaryLibrary::path() const
{
    return filePath(u"library.sqlite"_s);
}

QString TemporaryLibrary::filePath(const QString &name) const
{
    return m_dir->filePath(name);
}

QString TemporaryLibrary::folder() const
{
    return m_dir->path();
}

void TemporaryLibrary::keepFolder()
{
    m_dir->setAutoRemove(false);
}

LibraryStore *TemporaryLibrary::store() const
{
    return m_store.get();
}

Annotations *TemporaryLibrary::annotations()
{
    if (!m_annotations && m_store)
        m_annotations = std::make_unique<Annotations>(m_store.get());
    return m_annotations.get();
}

SegmentationReview *TemporaryLibrary::review()
{
    if (!m_review && m_store)
        m_review = std::make_unique<SegmentationReview>(m_store.get(), undoStack());
    return m_review.get();
}

SpeakerProfiles *TemporaryLibrary::profiles()
{
    if (!m_profiles && m_store)
        m_profiles = std::make_unique<SpeakerProfiles>(m_store.get(), undoStack());
    return m_profiles.get();
}

QUndoStack *TemporaryLibrary::undoStack()
{
    Annotations *owner = annotations();
    return owner ? owner->undoStack() : nullptr;
}

qint64 TemporaryLibrary::addArticle(const Article &article)
{
    const AddResult added = m_store->addArticle(article);
    if (!added.error.isEmpty())
        qWarning() << "cannot store" << article.title << ':' << added.error;
    return added.error.isEmpty() ? added.id : 0;
}

qint64 TemporaryLibrary::importFile(const QString &file)
{
    const ReadResult read = ArticleReader::readFile(file);
    if (!read.article) {
        qWarning() << "cannot read" << file << ':' << read.error;
        return 0;
    }
    return addArticle(*read.article);
}

void TemporaryLibrary::close()
{
    // Services first: they refer to the store.
    m_profiles.reset();
    m_review.reset();
    m_annotations.reset();
    m_store.reset();
}

} // namespace Colloquy::Testing
