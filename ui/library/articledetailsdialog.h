#pragma once

#include "model/articledetails.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace Colloquy {

/**
 * Edits what the user knows of an article: its title, the publication, the
 * URL and the date it was published (or "unknown"). details() is the result
 * after exec() returned Accepted; nothing is written by the dialog itself.
 */
class ArticleDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `details` fills the fields; `fileTitle` is what an empty title falls back to.
    ArticleDetailsDialog(const ArticleDetails &details, const QString &fileTitle, QWidget *parent = nullptr);

    ArticleDetails details() const;

private:
    ArticleDetails m_details;
    QLineEdit *m_title;
    QLineEdit *m_source;
    QLineEdit *m_url;
    QCheckBox *m_dateKnown;
    QDateEdit *m_published;
};

} // namespace Colloquy
