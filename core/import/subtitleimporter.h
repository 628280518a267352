#pragma once

#include "import/importer.h"

namespace Colloquy {

/**
 * WebVTT and SubRip (SRT) subtitles. Each cue's speaker comes from a `<v Name>`
 * voice tag or a `NAME:` / `Name:` prefix; a cue without one continues the
 * current speaker. Consecutive cues of one speaker merge into one paragraph
 * written `Name: text`. Metadata `turns` lists {speaker, start, end} (ms) per
 * paragraph. Other cue markup (<i>, <c.x>, <font>, inline timestamps) is dropped.
 */
class SubtitleImporter : public Importer
{
public:
    enum class Flavour
    {
        WebVtt,
        Srt
    };
    explicit SubtitleImporter(Flavour flavour);

    QString name() const override;
    int confidence(const QByteArray &head, const QString &fileName) const override;
    std::optional<ImportedText> read(const QByteArray &bytes, QString *error) const override;

private:
    Flavour m_flavour;
};

} // namespace Colloquy
