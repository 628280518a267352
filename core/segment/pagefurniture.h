#pragma once

#include <QString>
#include <QStringView>

namespace Colloquy {

/**
 * Recognises the lines that frame an article rather than say anything in it:
 * dates and times, notices (`Updated 3 hours ago`, `Listen to this article`,
 * `Share this article`, `Advertisement`), breadcrumbs, page markers of printed
 * records (`[[Page H6115]]`, `{time} 1045`), contact lines, credits of a show,
 * the section heads of a call (`Prepared Remarks:`), and photo captions that
 * end in a credit (`… on Saturday. Aled Price / Valley Press`).
 *
 * By shape alone and line by line; where a line stands (the head of the page,
 * after the last turn) is the Segmenter's to weigh. Stateless and reentrant.
 */
class PageFurniture
{
public:
    enum class Kind
    {
        None,
        Date, ///< `January 24, 2024`, `TUESDAY, NOVEMBER 7, 2023`, `4 June 2024`
        Time, ///< `11:53 A.M. EST`, `1:19 p.m. EDT`
        Notice, ///< `Updated 3 hours ago`, `5 min read`, `Share this article`, `Subscribe …`
        Breadcrumb, ///< `Home › Opinion › Roundtables`
        PageMarker, ///< `[[Page H6115]]`, `{time} 1045`, `[Senate Hearing 118-663]`, `[House]`
        Contact, ///< a telephone number, an e-mail or web address on its own
        Credits, ///< `Producers: …`, `Music: …` under a show's transcript
        Section, ///< `Prepared Remarks:`, `Questions and Answers:`, `Participants`, `P R O C E E D I N G S`
    };

    static Kind classify(QStringView line);
    /// A caption whose last words, after its last sentence, credit the picture
    /// (`NASA / Lee Wingfield`, `Photo by Sanna Ek for the Courier`, `(Photo: Ruth Ade/Northern Lens)`).
    static bool isCreditedCaption(QStringView paragraph);
    /// A date or a time anywhere in a short line: the place-and-date lines of a transcript's head.
    static bool hasDateOrTime(QStringView line);
};

} // namespace Colloquy
