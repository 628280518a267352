#pragma once

#include "model/highlightcolour.h"

#include <QString>
#include <QStringList>

namespace Colloquy {

/// An entry of the codebook. `parentId` is 0 for a top-level theme; names are
/// unique among siblings (case-insensitively, enforced by the schema). `id` is
/// 0 until stored. A highlight tagged with a theme is a claim. A plain value.
struct Theme
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    HighlightColour colour = HighlightColour::Yellow;
    QString description;
    /// What "Suggest claims" looks for, one rule each: a word, a "phrase" in
    /// double quotes, or a prefix* (several in one rule must all occur).
    QStringList searchRules = {};

    friend bool operator==(const Theme &, const Theme &) = default;
};

} // namespace Colloquy
