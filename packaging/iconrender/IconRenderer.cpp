// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the application icon's SVG into the PNG sizes the platforms want (and a
// Windows .ico), so the installed icons always match resources/icons/creatordesk.svg.
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 4) {
        std::fputs("usage: creatordesk-iconrender SVG OUTPUT_DIR SIZE... [--ico FILE]\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    const QString outputDir = arguments.at(2);
    QString icoFile;
    QList<int> sizes;
    for (int i = 3; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--ico") && i + 1 < arguments.size())
            icoFile = arguments.at(++i);
        else
            sizes.append(arguments.at(i).toInt());
    }
    QImage largestForIco;
    for (int size : std::as_const(sizes)) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString file = QStringLiteral("%1/creatordesk-%2.png").arg(outputDir).arg(size);
        if (!image.save(file)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
        if (size <= 256)
            largestForIco = image;
    }
    if (!icoFile.isEmpty()) {
        QImageWriter writer(icoFile, "ico");
        if (!writer.write(largestForIco)) {
            std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(icoFile),
                         qPrintable(writer.errorString()));
            return 1;
        }
    }
    return 0;
}
