#pragma once

#include "livedialog.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QTreeWidget;

namespace Colloquy {

class LibraryStore;
struct AgreementReport;

/**
 * Inter-coder agreement (Tools → Inter-coder Agreement…): how consistently
 * the chosen coders (the library's highlight authors) applied the themes.
 *
 * The user ticks two or more coders, picks the articles (the one shown or
 * every article the coders highlighted) and the unit (sentences, paragraphs
 * or overlapping passages with a minimum share); the dialog recomputes at
 * once through InterCoderAgreement and shows a table per theme and overall
 * (units, percent agreement, Cohen's or Fleiss' kappa, what each coder coded)
 * and, below it, the passages they disagree on, each coder's themes side by
 * side. Activating a passage (Enter, double-click) asks the window to open
 * the article at it (passageActivated()).
 *
 * Reads only; `store` is not owned. Rebuilt from the store when shown and on
 * each change of annotations or articles while visible. GUI thread only.
 */
class AgreementDialog : public LiveDialog
{
    Q_OBJECT
public:
    explicit AgreementDialog(LibraryStore *store, QWidget *parent = nullptr);
    ~AgreementDialog() override;

    static constexpr int ArticleIdRole = Qt::UserRole + 1;
    static constexpr int SegmentRole = Qt::UserRole + 2;
    static constexpr int StartRole = Qt::UserRole + 3;
    static constexpr int EndRole = Qt::UserRole + 4;

    /// The article "Current article" means; 0 when none is shown.
    void setCurrentArticle(qint64 id);

    /// The library's coders, checkable.
    QListWidget *coderList() const;
    /// "Current article" or "All coded articles".
    QComboBox *articleScope() const;
    QComboBox *unitCombo() const;
    QDoubleSpinBox *minOverlapSpin() const;
    /// One row per theme, then "Overall": theme, units, agreement, kappa, then per coder the units coded.
    QTreeWidget *scoreTable() const;
    /// One row per disagreeing passage: article, passage, then per coder their themes.
    QTreeWidget *passageList() const;
    /// What was compared, or why nothing could be.
    QLabel *statusLabel() const;

Q_SIGNALS:
    void passageActivated(qint64 articleId, qsizetype segment, qsizetype start, qsizetype end);

private:
    void rebuild() override;
    void recompute();
    void showReport(const AgreementReport &report);
    void showScores(const AgreementReport &report);
    void showPassages(const AgreementReport &report);
    void clearResults(const QString &why);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Colloquy
