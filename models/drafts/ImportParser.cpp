// SPDX-License-Identifier: GPL-3.0-or-later
#include "drafts/ImportParser.h"

#include "drafts/ImportReader.h"

#include <QElapsedTimer>

namespace CreatorDesk {

ImportParser::ImportParser(const QString &path, Checker checker, int maximumRows)
    : m_path(path)
    , m_checker(std::move(checker))
    , m_maximumRows(maximumRows)
{}

void ImportParser::run()
{
    ImportReader reader(m_path);
    QList<ImportRow> batch;
    QElapsedTimer sinceBatch;
    sinceBatch.start();
    const auto deliver = [&] {
        if (!batch.isEmpty())
            Q_EMIT rowsRead(batch);
        batch = {};
        Q_EMIT progressed(reader.bytesRead(), reader.size());
        sinceBatch.restart();
    };
    int count = 0;
    ImportRow row;
    while (!m_cancelled && reader.next(row)) {
        if (++count > m_maximumRows) {
            deliver();
            Q_EMIT finished(tr("This file has more than %n rows. Creator Desk imports at most "
                               "%n at a time: split the file and import the parts one after "
                               "the other.",
                               nullptr, m_maximumRows),
                            false);
            return;
        }
        if (m_checker)
            m_checker(row);
        batch.append(std::move(row));
        row = ImportRow();
        if (batch.size() >= BatchRows || sinceBatch.elapsed() >= BatchMs)
            deliver();
    }
    deliver();
    Q_EMIT finished(m_cancelled ? QString() : reader.errorString(), m_cancelled);
}

} // namespace CreatorDesk
