#pragma once

#include "exchange/qdpxlimits.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Colloquy::Qdpx {

// project.qde as QdpxImporter reads it: what it understands of each element.

struct CodeEntry
{
    QString guid;
    QString parentGuid;
    QString name;
    QString color;
    QString description;
};

struct SelectionEntry
{
    QString guid;
    QString name; ///< many tools (Colloquy too) put the selected text, or its start, here
    qint64 start = 0;
    qint64 end = 0;
    QString description;
    QStringList codeGuids; ///< each guid once
};

struct SourceEntry
{
    QString guid;
    QString name;
    QString plainTextPath;
    QString plainTextContent;
    bool hasContent = false;
    QString description;
    QList<SelectionEntry> selections;
};

struct Project
{
    QList<CodeEntry> codes; ///< parents before children
    QHash<QString, qsizetype> codeIndex; ///< by guid; a guid given twice names its last code
    QList<SourceEntry> sources;
    int otherSources = 0;
    /// Codes nested deeper than QdpxLimits::maxCodeDepth, put at that depth.
    int flattenedCodes = 0;

    const CodeEntry *code(const QString &guid) const
    {
        const auto it = codeIndex.constFind(guid);
        return it == codeIndex.cend() ? nullptr : &codes.at(*it);
    }
};

/**
 * Reads project.qde into a Project, element by element (QXmlStreamReader),
 * within `limits`: more codes, sources or selections than they allow stop
 * the parse with a reason, codes deeper than maxCodeDepth are flattened to
 * that depth. Refuses a DOCTYPE (no entities, no XXE, no billion laughs).
 */
std::optional<Project> parseProject(const QByteArray &xml, const QdpxLimits &limits, QString *error);

} // namespace Colloquy::Qdpx
