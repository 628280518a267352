#pragma once

#include "livedialog.h"

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Colloquy {

class AttributePanel;
class LibraryStore;
class SpeakerAttributes;
class SpeakerProfiles;

/**
 * Speakers across articles: one profile per person, with the articles that
 * name them and the name and bio each printed (the bio history, oldest first).
 *
 * On the left, the profiles (filterable by any name variant) with their
 * article counts; on the right, the current profile's appearances. The user
 * renames a profile (F2), merges the selected profiles into another (Ctrl+M),
 * or splits an appearance off into a profile of its own (Ctrl+D). Every change
 * goes through the session's SpeakerProfiles, on the session's one undo stack,
 * so Ctrl+Z undoes it here as in the main window (the window adds its Undo
 * and Redo actions). Neither `profiles` nor `store` is owned.
 * Below, the profile's attributes (AttributePanel): values edited in place
 * and the bios' suggestions to accept, through `attributes` (not owned).
 * Activating an appearance (Enter, double-click) asks the window to open its
 * article (articleActivated()). The lists are rebuilt from the store whenever
 * people or articles change, keeping the current profile and appearance.
 */
class SpeakersDialog : public LiveDialog
{
    Q_OBJECT
public:
    SpeakersDialog(SpeakerProfiles *profiles, SpeakerAttributes *attributes, LibraryStore *store,
        QWidget *parent = nullptr);
    ~SpeakersDialog() override;

    static constexpr int ProfileIdRole = Qt::UserRole + 1;
    static constexpr int SpeakerIdRole = Qt::UserRole + 2;
    static constexpr int ArticleIdRole = Qt::UserRole + 3;

    SpeakerProfiles *profiles() const;
    QLineEdit *filterEdit() const;
    /// One row per profile: display name, number of articles.
    QTreeWidget *profileList() const;
    /// The current profile's appearances, oldest import first: article, name as printed, bio, imported.
    QTreeWidget *appearanceList() const;
    QLabel *statusLabel() const;
    /// The current profile's attributes and what its bios suggest.
    AttributePanel *attributePanel() const;
    QAction *renameAction() const;
    QAction *mergeAction() const;
    QAction *splitAction() const;

    /// The profile of the current row; 0 for none.
    qint64 currentProfileId() const;
    void setCurrentProfileId(qint64 id);

    /// Asks for a new name of the current profile, then renames it.
    bool renameCurrentProfile();
    /// Asks which profile to merge the selected profiles into, then merges them (one undo step).
    bool mergeSelectedProfiles();
    /// Gives the current appearance a profile of its own and selects that profile.
    bool splitCurrentAppearance();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void articleActivated(qint64 articleId);

private:
    /// The filter and the profile list; returns the row its buttons go in.
    QHBoxLayout *buildProfileSide(QWidget *splitter);
    /// The heading and the appearance list; returns the row its buttons go in.
    QHBoxLayout *buildAppearanceSide(QWidget *splitter);
    void setupActions(QHBoxLayout *leftButtons, QHBoxLayout *rightButtons);
    void connectSignals();
    void rebuild() override;
    void applyFilter();
    void updateAppearances();
    void fitBioRows();
    void updateActions();
    bool report(bool ok, const QString &done);

    LibraryStore *m_store;
    SpeakerProfiles *m_profiles;
    QLineEdit *m_filter;
    QTreeWidget *m_people;
    QLabel *m_heading;
    QTreeWidget *m_appearances;
    AttributePanel *m_attributes;
    QLabel *m_status;
    QAction *m_rename;
    QAction *m_merge;
    QAction *m_split;
    QAction *m_open;
    bool m_rebuilding = false;
};

} // namespace Colloquy
