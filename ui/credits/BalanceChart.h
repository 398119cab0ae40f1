// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWidget>

#include <optional>

namespace CreatorDesk {

class SpendingHistoryModel;

// The balance of one account over time, from its spending history, drawn with QPainter in the
// palette's own colours (so it reads in light and dark themes), with the warning level as a
// dashed line.
class BalanceChart final : public QWidget
{
    Q_OBJECT

public:
    struct Point
    {
        QDateTime when; // UTC
        qint64 balance = 0;
    };

    explicit BalanceChart(QWidget *parent = nullptr);

    void setModel(SpendingHistoryModel *model);
    void setConnectionKey(const QString &key);
    void setThreshold(qint64 credits);
    // The current balance, drawn as the newest point.
    void setCurrentBalance(const QDateTime &when, qint64 balance);
    void clearCurrentBalance();

    QList<Point> points() const { return m_points; }
    // What the chart shows, in words (also its accessible description).
    QString summary() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    QPointer<SpendingHistoryModel> m_model;
    QString m_connectionKey;
    qint64 m_threshold = -1;
    std::optional<Point> m_current;
    QList<Point> m_points;
};

} // namespace CreatorDesk
