#include "library/librarycommands.h"

#include "catalogue/librarycatalogue.h"
#include "library/articledetailsdialog.h"
#include "store/librarystore.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

LibraryCommands::LibraryCommands(LibraryStore *store, LibraryCatalogue *catalogue, QWidget *parent)
    : QObject(parent)
    , m_store(store)
    , m_catalogue(catalogue)
    , m_parent(parent)
{ }

bool LibraryCommands::report(bool ok)
{
    if (!ok && !m_catalogue->errorString().isEmpty())
        QMessageBox::warning(m_parent, tr("Library"), m_catalogue->errorString());
    return ok;
}

bool LibraryCommands::deleteArticle(qint64 articleId)
{
    const auto article = m_store->article(articleId);
    if (!article.found())
        return false;
    const qsizetype annotations = m_store->highlights(articleId).valueOr({}).size();
    QMessageBox box(QMessageBox::Question, tr("Delete Article"),
        tr("Move “%1” to the Trash?").arg(article->value().displayTitle()),
        QMessageBox::Ok | QMessageBox::Cancel, m_parent);
    box.setObjectName(u"deleteArticleQuestion"_s);
    box.setInformativeText(annotations == 0
            ? tr("It has no highlights. The Trash keeps it for 30 days; Edit → Undo brings it back.")
            : tr("Its %Ln highlight(s), with their notes and themes, go with "
                 "it to the Trash, which keeps them for 30 days. Edit → Undo "
                 "brings them back.",
                  nullptr, int(annotations)));
    box.button(QMessageBox::Ok)->setText(tr("&Delete"));
    box.setDefaultButton(QMessageBox::Ok);
    if (box.exec() != QMessageBox::Ok)
        return false;
    return report(m_catalogue->removeArticle(articleId));
}

bool LibraryCommands::editDetails(qint64 articleId)
{
    const auto details = m_store->articleDetails(articleId);
    const auto article = m_store->article(articleId);
    if (!details.found() || !article.found())
        return false;
    Article untitled = article->value();
    untitled.title.clear();
    ArticleDetailsDialog dialog(*details.value(), untitled.displayTitle(), m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return report(m_catalogue->setDetails(dialog.details()));
}

bool LibraryCommands::newCollection(qint64 articleId)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_parent, tr("New Collection"), tr("Name of the collection:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return false;
    return report(m_catalogue->addCollection(name, articleId ? QList<qint64> {articleId} : QList<qint64> {})
                      .has_value());
}

bool LibraryCommands::renameCollection(qint64 collectionId)
{
    QString current;
    for (const Collection &collection : m_store->collections().valueOr({})) {
        if (collection.id == collectionId)
            current = collection.name;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(m_parent, tr("Rename Collection"),
        tr("New name of the collection:"), QLineEdit::Normal, current, &ok);
    return ok && report(m_catalogue->renameCollection(collectionId, name));
}

bool LibraryCommands::deleteCollection(qint64 collectionId)
{
    return report(m_catalogue->removeCollection(collectionId));
}

void LibraryCommands::fillCollectionsMenu(QMenu *menu, qint64 articleId)
{
    QList<qint64> memberOf;
    for (const ArticleSummary &summary : m_store->articles().valueOr({})) {
        if (summary.id == articleId)
            memberOf = summary.collections;
    }
    for (const Collection &collection : m_store->collections().valueOr({})) {
        QAction *action = menu->addAction(collection.name);
        action->setObjectName(u"collection_%1"_s.arg(collection.id));
        action->setCheckable(true);
        action->setChecked(memberOf.contains(collection.id));
        const qint64 id = collection.id;
        connect(action, &QAction::toggled, this,
            [this, articleId, id](bool in) { report(m_catalogue->setInCollection(articleId, id, in)); });
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    QAction *add = menu->addAction(tr("&New Collection…"));
    add->setObjectName(u"newCollection"_s);
    connect(add, &QAction::triggered, this, [this, articleId] { newCollection(articleId); });
}

void LibraryCommands::fillArticleMenu(QMenu *menu, qint64 articleId)
{
    QAction *details = menu->addAction(tr("Edit &Details…"));
    details->setObjectName(u"editArticleDetails"_s);
    connect(details, &QAction::triggered, this, [this, articleId] { editDetails(articleId); });
    QMenu *collections = menu->addMenu(tr("&Collections"));
    collections->setObjectName(u"articleCollections"_s);
    fillCollectionsMenu(collections, articleId);
    menu->addSeparator();
    QAction *remove = menu->addAction(QIcon::fromTheme(u"edit-delete"_s), tr("De&lete…"));
    remove->setObjectName(u"deleteArticle"_s);
    connect(remove, &QAction::triggered, this, [this, articleId] { deleteArticle(articleId); });
}

} // namespace Colloquy
