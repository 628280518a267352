#include "temporarylibrary.h"

#include "import/articlereader.h"
#include "review/segmentationrules.h"
#include "session/librarysession.h"
#include "store/librarystore.h"

#include <QDebug>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy::Testing {

TemporaryLibrary::TemporaryLibrary()
    : m_dir(std::make_unique<QTemporaryDir>())
    , m_session(std::make_unique<LibrarySession>())
{
    if (!m_dir->isValid()) {
        qWarning() << "cannot make a temporary folder:" << m_dir->errorString();
        return;
    }
    if (!m_session->open(path()))
        qWarning() << "cannot open the library:" << m_session->store()->errorString();
}

TemporaryLibrary::~TemporaryLibrary()
{
    close();
}

bool TemporaryLibrary::isOpen() const
{
    return m_dir->isValid() && m_session && m_session->store()->isOpen();
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

LibrarySession *TemporaryLibrary::session() const
{
    return m_session.get();
}

LibraryStore *TemporaryLibrary::store() const
{
    return m_session ? m_session->store() : nullptr;
}

Annotations *TemporaryLibrary::annotations()
{
    return m_session ? m_session->annotations() : nullptr;
}

SegmentationReview *TemporaryLibrary::review()
{
    return m_session ? m_session->segmentationReview() : nullptr;
}

SegmentationRules *TemporaryLibrary::rules()
{
    return m_session ? m_session->segmentationRules() : nullptr;
}

SpeakerProfiles *TemporaryLibrary::profiles()
{
    return m_session ? m_session->speakerProfiles() : nullptr;
}

QUndoStack *TemporaryLibrary::undoStack()
{
    return m_session ? m_session->undoStack() : nullptr;
}

qint64 TemporaryLibrary::addArticle(const Article &article)
{
    const AddResult added = store()->addArticle(article);
    if (!added.error.isEmpty())
        qWarning() << "cannot store" << article.title << ':' << added.error;
    return added.error.isEmpty() ? added.id : 0;
}

qint64 TemporaryLibrary::importFile(const QString &file)
{
    ReadResult read = ArticleReader::readFile(file);
    if (!read.article) {
        qWarning() << "cannot read" << file << ':' << read.error;
        return 0;
    }
    rules()->applyTo(*read.article);
    return addArticle(*read.article);
}

void TemporaryLibrary::close()
{
    m_session.reset();
}

} // namespace Colloquy::Testing
