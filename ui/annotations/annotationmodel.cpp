#include "annotations/annotationmodel.h"

#include "annotations/themepaths.h"
#include "reader/highlightstyle.h"
#include "store/librarystore.h"

#include <QFont>

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

namespace {
// Group rows have internal id 0; a highlight row stores its group's row + 1.
constexpr quintptr GroupRow = 0;
} // namespace

AnnotationModel::AnnotationModel(LibraryStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(m_store, &LibraryStore::annotationsChanged, this, [this] {
        if (m_live)
            reload();
        else
            m_stale = true;
    });
}

AnnotationModel::~AnnotationModel() = default;

void AnnotationModel::setArticle(qint64 articleId, const QString &articleTitle)
{
    m_articleId = articleId;
    m_articleTitle = articleTitle;
    reload();
}

qint64 AnnotationModel::articleId() const
{
    return m_articleId;
}

void AnnotationModel::setLive(bool live)
{
    m_live = live;
    if (live && m_stale)
        reload();
}

void AnnotationModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_groups.clear();
    if (m_articleId != 0) {
        const QList<Highlight> highlights = m_store->highlights(m_articleId).valueOr({});
        const QList<Theme> themes = m_store->themes().valueOr({});
        const QHash<qint64, QString> paths = themePaths(themes);
        QHash<qint64, HighlightColour> colours;
        for (const Theme &theme : themes)
            colours.insert(theme.id, theme.colour);
        const QHash<qint64, QList<qint64>> themeIds = m_store->themeIdsOfArticle(m_articleId).valueOr({});
        const QHash<qint64, QString> notes = m_store->noteTextsOfArticle(m_articleId).valueOr({});

        QHash<QString, qsizetype> groupOf;
        Group orphans {tr("Orphaned: text not found"), QString(), true, {}};
        for (const Highlight &highlight : highlights) {
            Entry entry {highlight, themeIds.value(highlight.id), {}, {}, notes.value(highlight.id)};
            QStringList names;
            for (const qint64 id : std::as_const(entry.themeIds)) {
                names.append(paths.value(id));
                entry.themeColours.append(HighlightStyle::swatch(colours.value(id)));
            }
            entry.themes = names.join(u", ");
            if (highlight.state == AnchorState::Orphaned) {
                orphans.entries.append(entry);
                continue;
            }
            auto group = groupOf.constFind(highlight.speaker);
            if (group == groupOf.cend()) {
                const QString title = highlight.speaker.isEmpty()
                    ? (m_articleTitle.isEmpty() ? tr("Narration") : m_articleTitle)
                    : highlight.speaker;
                group = groupOf.insert(highlight.speaker, m_groups.size());
                m_groups.append(Group {title, highlight.speaker, false, {}});
            }
            m_groups[*group].entries.append(entry);
        }
        if (!orphans.entries.isEmpty())
            m_groups.append(orphans);
    }
    endResetModel();
}

QModelIndex AnnotationModel::indexOfHighlight(qint64 highlightId) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        const QList<Entry> &entries = m_groups.at(g).entries;
        for (qsizetype e = 0; e < entries.size(); ++e) {
            if (entries.at(e).highlight.id == highlightId)
                return createIndex(int(e), 0, quintptr(g + 1));
        }
    }
    return {};
}

int AnnotationModel::highlightCount() const
{
    int count = 0;
    for (const Group &group : m_groups)
        count += int(group.entries.size());
    return count;
}

QModelIndex AnnotationModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, GroupRow) : QModelIndex();
    if (parent.internalId() != GroupRow || parent.row() >= m_groups.size())
        return {};
    return row < m_groups.at(parent.row()).entries.size() ? createIndex(row, 0, quintptr(parent.row() + 1))
                                                          : QModelIndex();
}

QModelIndex AnnotationModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == GroupRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, GroupRow);
}

int AnnotationModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == GroupRow && parent.row() < m_groups.size())
        return int(m_groups.at(parent.row()).entries.size());
    return 0;
}

int AnnotationModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant AnnotationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == GroupRow) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return u"%1 (%2)"_s.arg(group.title).arg(group.entries.size());
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case IsGroupRole:
            return true;
        case SpeakerRole:
            return group.speaker;
        case OrphansRole:
            return group.orphans;
        case HighlightIdRole:
            return qint64(0);
        default:
            return {};
        }
    }
    const Group &group = m_groups.at(int(index.internalId() - 1));
    const Entry &entry = group.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case QuoteRole:
        return entry.highlight.anchor.quote.exact;
    case Qt::ToolTipRole: {
        QString tip = entry.highlight.anchor.quote.exact;
        if (!entry.themes.isEmpty())
            tip += u"\n\n"_s + tr("Themes: %1").arg(entry.themes);
        if (!entry.note.isEmpty())
            tip += u"\n\n"_s + entry.note;
        return tip;
    }
    case IsGroupRole:
        return false;
    case HighlightIdRole:
        return entry.highlight.id;
    case SpeakerRole:
        return entry.highlight.speaker;
    case ColourRole:
        return int(entry.highlight.colour);
    case ThemeIdsRole:
        return QVariant::fromValue(entry.themeIds);
    case ThemesRole:
        return entry.themes;
    case ThemeColoursRole:
        return QVariant::fromValue(entry.themeColours);
    case NoteRole:
        return entry.note;
    case AnchorStateRole:
        return int(entry.highlight.state);
    case OrphansRole:
        return group.orphans;
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(HighlightIdRole, "highlightId");
    names.insert(SpeakerRole, "speaker");
    names.insert(ColourRole, "colour");
    names.insert(ThemesRole, "themes");
    names.insert(NoteRole, "note");
    names.insert(AnchorStateRole, "anchorState");
    return names;
}

} // namespace Colloquy
