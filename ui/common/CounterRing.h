// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace CreatorDesk {

// A small ring that fills with the share of a platform's limit a post uses: the accent colour,
// amber from 90 %, red over the limit.
class CounterRing final : public QWidget
{
    Q_OBJECT

public:
    enum class Level { Normal, Warning, Over };
    Q_ENUM(Level)

    explicit CounterRing(QWidget *parent = nullptr);

    void setUsage(int length, int limit);
    Level level() const { return m_level; }
    QColor color() const;
    QSize sizeHint() const override;

    static Level levelFor(int length, int limit);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_length = 0;
    int m_limit = 1;
    Level m_level = Level::Normal;
};

} // namespace CreatorDesk
