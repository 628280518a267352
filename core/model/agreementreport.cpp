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

QString kappaStatusNote(KappaStatus status)
{
    switch (status) {
    case KappaStatus::Computed:
        return {};
    case KappaStatus::NoVariation:
        return u"no variation"_s;
    case KappaStatus::NoUnits:
        break;
    }
    return u"nothing coded"_s;
}

QString AgreementScore::kappaText() const
{
    if (kappaStatus == KappaStatus::Computed && kappa)
        return QString::number(*kappa, 'f', 3);
    return u"n/a (%1)"_s.arg(
        kappaStatusNote(kappaStatus == KappaStatus::Computed ? KappaStatus::NoUnits : kappaStatus));
}

QString AgreementScore::percentText() const
{
    return percent ? QString::number(*percent * 100.0, 'f', 1) + u'%' : u"n/a"_s;
}

QString AgreementReport::kappaName() const
{
    return coders.size() > 2 ? u"Fleiss' kappa"_s : u"Cohen's kappa"_s;
}

} // namespace Colloquy
