#pragma once

#include "model/article.h"

#include <QJsonObject>

namespace Colloquy {

/// The segmentation in the documented schema of `colloquy-cli segment --json`:
/// `{"title", "segments": [{"kind", "label", "speaker": {"name", "bio"}|null, "paragraphs"}]}`,
/// plus `"detection": {"rule", "confidence"}` on segments the segmenter found.
QJsonObject segmentationToJson(const QString &title, const QList<Segment> &segments);

/// As segmentationToJson() plus the stored `id` and provenance fields.
QJsonObject articleToJson(const Article &article);

} // namespace Colloquy
