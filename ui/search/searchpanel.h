#pragma once

#include "model/searchhit.h"

#include <QDockWidget>

class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace Colloquy {

class LibraryStore;
class SearchModel;

/**
 * The search dock: a field, a scope (the whole library or the article
 * shown), filters by speaker, theme and highlight colour, and the ranked results of LibraryStore::search()
 * over the text and the notes, each with its speaker, article, source and a snippet with the matched words in
 * bold.
 *
 * It searches as the reader types, once per pass of the event loop however
 * many keys arrived in it, with the core's limit. Keys: Down or Enter in the
 * field moves into the results, Up from the first result goes back, Enter
 * (or a click) on a result emits hitActivated(), Esc hides the panel and
 * emits closed(). The store is not owned and must outlive the panel.
 */
class SearchPanel : public QDockWidget
{
    Q_OBJECT
public:
    enum class Scope
    {
        Library,
        Article,
    };

    explicit SearchPanel(LibraryStore *store, QWidget *parent = nullptr);
    ~SearchPanel() override;

    /// The article the Article scope searches (0: none, when only Library can be chosen).
    void setCurrentArticle(qint64 articleId);
    Scope scope() const;
    void setScope(Scope scope);
    /// Shows the panel in `scope` with the field focused and its text selected.
    void start(Scope scope);
    /// Runs the search now instead of at the next pass of the event loop.
    void search();

    SearchModel *model() const;
    QLineEdit *field() const;
    QComboBox *scopeBox() const;
    /// The filters: a speaker's name, a theme (with its sub-themes), a colour; the first item of each does
    /// not filter.
    QComboBox *speakerFilter() const;
    QComboBox *themeFilter() const;
    QComboBox *colourFilter() const;
    QListView *results() const;
    QLabel *statusLabel() const;

Q_SIGNALS:
    void hitActivated(const Colloquy::SearchHit &hit);
    /// Esc hid the panel: the window gives the focus back to the article.
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// The search field and the scope beside it.
    void setupQueryRow(QGridLayout *layout);
    /// The speaker, theme and colour filters.
    void setupFilters(QGridLayout *layout);
    void setupResults(QGridLayout *layout);
    void connectSignals();
    void schedule();
    void enterResults();
    void activate(const QModelIndex &index);
    void dismiss();
    void updatePlaceholder();
    /// Lists the speakers of the scope and the codebook's themes, keeping what was chosen.
    void fillFilters();
    void fillSpeakers();
    void fillThemes();

    LibraryStore *m_store;
    SearchModel *m_model;
    QLineEdit *m_field;
    QComboBox *m_scope;
    QComboBox *m_speaker;
    QComboBox *m_theme;
    QComboBox *m_colour;
    QListView *m_results;
    QLabel *m_status;
    QTimer *m_pending;
    qint64 m_articleId = 0;
};

} // namespace Colloquy
