// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ImportRow.h"

#include <QCoreApplication>

namespace CreatorDesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CreatorDesk::ImportRow)
};
} // namespace

QString ImportRow::problemText() const
{
    QStringList lines;
    if (!error.isEmpty())
        lines.append(error);
    for (const Verdict &verdict : verdicts) {
        //: %1 a platform, account or "media", %2 the problem
        lines.append(Tr::tr("%1: %2").arg(verdict.target, verdict.problem));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace CreatorDesk
