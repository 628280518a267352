#pragma once

#include "livedialog.h"
#include "model/comparisonscope.h"
#include "model/thematrix.h"

class QComboBox;
class QImage;
class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace Colloquy {

class LibrarySession;
class LibraryStore;
class SideBySideView;
class OverviewChart;
class ThemeBarChart;
class ThemeMatrixModel;

/**
 * Compare the voices: who says what about each theme.
 *
 * The Matrix tab shows themes × voices (the codebook tree, parents counting
 * their sub-themes' claims) shaded as a heat map, in counts, share of the
 * voice's claims or claims per 1,000 of its words; selecting a cell lists
 * its claims below (quote, speaker, article, note), and activating one (Enter,
 * double-click) asks the window to open the article at it (claimActivated()).
 * The matrix exports as CSV and as a PNG picture. The Chart tab shows the
 * same matrix as grouped bars (ThemeBarChart), exported as PNG too. The Speakers tab is the
 * speaker overview as a sortable table and a bar chart. The Side by Side tab
 * (SideBySideView) shows one theme's claims per voice in parallel columns,
 * links two of them with a relation and suggests claims for the theme,
 * through the session's services; the window has its own Undo and Redo for
 * the session's undo stack, which the main window's do not reach.
 *
 * The scope is the current article (setArticle()) or the whole library; the
 * columns speakers, people, or the values of a speaker attribute; a filter
 * keeps only the people with one value of an attribute (all diplomats). Reads go to
 * the session's store (the session is not owned) and the dialog refills
 * itself while visible when the library changes. Errors reading show in the status line. GUI thread only.
 */
class CompareDialog : public LiveDialog
{
    Q_OBJECT
public:
    static constexpr int ArticleIdRole = Qt::UserRole + 1;
    static constexpr int HighlightIdRole = Qt::UserRole + 2;

    explicit CompareDialog(LibrarySession *session, QWidget *parent = nullptr);
    ~CompareDialog() override;

    /// The article "This article" means; 0 for none (then the whole library).
    void setArticle(qint64 articleId);
    ComparisonScope scope() const;
    const ThemeMatrix &matrix() const;

    QTreeView *matrixView() const { return m_matrixView; }
    QTreeWidget *claimList() const { return m_claimList; }
    QTreeWidget *overviewTable() const { return m_overviewTable; }
    ThemeBarChart *barChart() const { return m_barChart; }
    SideBySideView *sideBySide() const { return m_sideBySide; }

    /// Writes the matrix as CSV in the current mode; false with the reason in the status line.
    bool exportCsv(const QString &path);
    /// Writes the matrix as a PNG picture of the heat map.
    bool exportImage(const QString &path);
    /// Writes the bar chart as a PNG picture.
    bool exportChartImage(const QString &path);
    /// The heat map as a picture in `palette`'s colours, every theme expanded.
    static QImage renderMatrix(const ThemeMatrix &matrix, MatrixMode mode, const QPalette &palette);

Q_SIGNALS:
    void claimActivated(qint64 articleId, qint64 highlightId);

protected:
    void rebuild() override;

private:
    QWidget *buildMatrixTab();
    QWidget *buildOverviewTab();
    QWidget *buildChartTab();
    /// Asks for a PNG file name and hands it to `save`.
    void askAndSave(
        const QString &title, const QString &suggested, bool (CompareDialog::*save)(const QString &));
    /// Writes `image` as PNG to `path`; reports `done` or the reason it failed.
    bool saveImage(const QImage &image, const QString &path, const QString &done);
    void fillGroupings();
    void fillFilters();
    void fillFilterValues();
    void showCellClaims();
    void fillOverview();
    bool report(bool ok, const QString &message);

    LibraryStore *m_store;
    qint64 m_articleId = 0;
    QComboBox *m_scopeCombo;
    QComboBox *m_groupingCombo;
    QComboBox *m_modeCombo;
    QComboBox *m_filterCombo;
    QComboBox *m_filterValueCombo;
    QTabWidget *m_tabs;
    ThemeMatrixModel *m_model;
    QTreeView *m_matrixView = nullptr;
    QTreeWidget *m_claimList = nullptr;
    QPushButton *m_csvButton = nullptr;
    QPushButton *m_imageButton = nullptr;
    ThemeBarChart *m_barChart = nullptr;
    QPushButton *m_chartImageButton = nullptr;
    QTreeWidget *m_overviewTable = nullptr;
    OverviewChart *m_chart = nullptr;
    SideBySideView *m_sideBySide;
    QLabel *m_status;
};

} // namespace Colloquy
