#include "model/agreementreport.h"

using namespace Qt::Literals::StringLiterals;

namespace Colloquy {

QString agreementUnitName(AgreementUnit unit)
{
    switch (unit) {
    case AgreementUnit::Sentence:
        return u"sentence"_s;
    case AgreementUnit::Paragraph:
        return u"paragraph"_s;
    case AgreementUnit::Overlap:
        return u"overlap"_s;
    }
    return u"sentence"_s;
}

std::optional<AgreementUnit> agreementUnitFromName(QStringView name)
{
    for (AgreementUnit unit : {AgreementUnit::Sentence, AgreementUnit::Paragraph, AgreementUnit::Overlap}) {
        if (name.compare(agreementUnitName(unit), Qt::CaseInsensitive) == 0)
            return unit;
    }
    return std::nullopt;
}

QString AgreementReport::kappaName() const
{
    return coders.size() > 2 ? u"Fleiss' kappa"_s : u"Cohen's kappa"_s;
}

} // namespace Colloquy
