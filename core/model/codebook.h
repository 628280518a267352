#pragma once

#include "model/theme.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace Colloquy {

class CodebookData;

/// The theme tree read from the store's flat list of themes
/// (LibraryStore::themes(): parents before children, siblings by name):
/// lookups by id, children, a theme with its sub-themes, paths
/// (`Economy/Trade`, displayed `Economy › Trade`), case-insensitive finds by
/// name and by path, and the cycle check a move needs.
///
/// A value, implicitly shared: copies are cheap and independent. It is a
/// snapshot, not a view: it does not follow later changes to the store
/// (importers that create themes as they go add them with insert()). Every
/// walk is bounded, so a damaged list (a missing parent, a cycle) gives short
/// paths rather than a hang. Reentrant; not thread-safe for one instance.
/// Theme id 0 stands for the top of the tree: children(0) are the top-level
/// themes, and 0 is never a theme.
class Codebook
{
public:
    /// The separator shown between a theme and its sub-theme: `Economy › Trade`.
    static constexpr QChar DisplaySeparator = QChar(0x203A);

    Codebook();
    /// The tree over `themes`, kept in the order given.
    explicit Codebook(const QList<Theme> &themes);
    Codebook(const Codebook &other);
    Codebook(Codebook &&other) noexcept;
    Codebook &operator=(const Codebook &other);
    Codebook &operator=(Codebook &&other) noexcept;
    ~Codebook();

    void swap(Codebook &other) noexcept { d.swap(other.d); }

    bool isEmpty() const;
    qsizetype size() const;
    /// Every theme, in the order given (then inserted).
    const QList<Theme> &themes() const;
    bool contains(qint64 themeId) const;
    std::optional<Theme> theme(qint64 themeId) const;

    /// The direct sub-themes of `parentId` (0: the top-level themes), in codebook order.
    QList<Theme> children(qint64 parentId) const;
    /// `themeId` and every theme under it, at any depth: what a filter on a
    /// theme matches. Empty when `themeId` is not in the codebook.
    QSet<qint64> withDescendants(qint64 themeId) const;
    /// Whether `ancestor` is `themeId` itself or a theme above it.
    bool isAncestorOrSelf(qint64 ancestor, qint64 themeId) const;
    /// Whether moving `themeId` under `newParentId` would make a cycle: the new
    /// parent is the theme itself or one of its sub-themes. Moving to the top (0) never does.
    bool wouldCycle(qint64 themeId, qint64 newParentId) const;

    /// The themes from the top of the codebook down to `themeId` (last): the
    /// theme and its ancestors. Empty when `themeId` is not in the codebook;
    /// starts below a parent that is missing from it.
    QList<Theme> pathOf(qint64 themeId) const;
    /// The names of pathOf(): `{Economy, Trade}`.
    QStringList pathNames(qint64 themeId) const;
    /// `Economy/Trade`: the path joined by `/`, as exports and importers write it.
    QString path(qint64 themeId) const;
    /// `Economy › Trade`: the path as the UI shows it.
    QString displayPath(qint64 themeId) const;
    /// Every theme's displayPath() by id.
    QHash<qint64, QString> displayPaths() const;

    /// The sub-theme of `parentId` (0: top level) named `name`, ignoring case.
    std::optional<Theme> findChild(qint64 parentId, const QString &name) const;
    /// The theme at `names` from the top (`{Economy, Trade}`), ignoring case at every level.
    std::optional<Theme> findPath(const QStringList &names) const;
    /// Every theme named `name` at any level, ignoring case, in codebook order.
    QList<Theme> findByName(const QString &name) const;

    /// Adds `theme` after the others (last among its siblings); an importer
    /// calls it for each theme it creates. A theme whose id is already there replaces it.
    void insert(const Theme &theme);

    friend bool operator==(const Codebook &a, const Codebook &b) { return a.themes() == b.themes(); }

private:
    QSharedDataPointer<CodebookData> d;
};

} // namespace Colloquy

Q_DECLARE_SHARED(Colloquy::Codebook)
