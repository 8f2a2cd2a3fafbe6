// The history charts, drawn with Qt Graphs 2D: minutes per week against the weekly goal, a
// calendar of the last weeks with the streak, pain before and after, and time per muscle group.
// Every figure, text and colour comes from chartData (ChartData in history_view.py).
import QtQuick
import QtGraphs

Item {
    id: root

    required property QtObject chartData
    readonly property var colours: chartData.colours
    readonly property var texts: chartData.texts
    readonly property var weeks: chartData.weeks
    readonly property var calendar: chartData.calendar
    readonly property var pain: chartData.pain
    readonly property var muscles: chartData.focus
    readonly property int gap: 8
    readonly property real cardWidth: (width - gap) / 2
    readonly property real cardHeight: (height - gap) / 2

    readonly property real dayMs: 24 * 3600 * 1000
    // The pain chart's x axis counts days from pain.from: ticks fall on whole days, so no date
    // is written twice, and the labels are formatted in the app's language by labelDelegate.
    readonly property real painDays: Math.max(1, (pain.to - pain.from) / dayMs)
    readonly property real painTickDays: Math.max(1, Math.ceil(painDays / Math.max(
        1, Math.floor(painCard.width / 70))))

    // Week labels thinned to those that fit: an empty label is unique per week (zero-width
    // spaces), because a category axis keeps one entry per distinct text.
    function thinned(labels, width, labelWidth) {
        const every = Math.max(1, Math.ceil(labels.length * labelWidth / Math.max(1, width)));
        return labels.map((label, i) => (labels.length - 1 - i) % every === 0 ? label
                                                                               : "\u200b".repeat(i + 1));
    }

    readonly property var weekLabels: thinned(weeks.labels, weeksCard.width - 60, weekLabelWidth)
    readonly property int muscleDecimals: muscles.minutes.some(v => v > 0 && v < 9.95) ? 1 : 0
    // Room one week label needs: its widest text plus a gap.
    readonly property real weekLabelWidth: weekMetrics.advanceWidth + 14
    TextMetrics {
        id: weekMetrics
        font.pointSize: 8.5
        text: root.weeks.labels.reduce((a, b) => a.length >= b.length ? a : b, "")
    }

    // An axis top that leaves room above the tallest bar for its label, which Qt Graphs would
    // otherwise cut off at the chart's top edge: one step higher when the label needs it.
    function roomyMax(max, step, values, plotHeight) {
        const room = barLabelMetrics.height + 6;
        const top = Math.max(0, ...values);
        if (plotHeight <= room || step <= 0)
            return max;
        return Math.max(max, step * Math.ceil(top * plotHeight / (plotHeight - room) / step));
    }
    FontMetrics {
        id: barLabelMetrics
    }
    readonly property real weeksAxisMax: roomyMax(weeks.max, weeks.step, weeks.minutes,
                                                  weeksGraph.plotArea.height)
    readonly property real musclesAxisMax: roomyMax(muscles.max, muscles.step, muscles.minutes,
                                                    focusGraph.plotArea.height)

    function dayLabel(text) {
        const day = new Date(pain.from + Number(text) * dayMs);
        return day.toLocaleDateString(Qt.locale(), texts.dayFormat || "d MMM");
    }

    // Series without a declarative list (the goal line, the pain lines) are filled here.
    function fill() {
        goalLine.clear();
        goalLine.append(0, weeks.goal);
        goalLine.append(weeks.labels.length, weeks.goal);
        beforeLine.clear();
        for (const point of pain.before)
            beforeLine.append((point[0] - pain.from) / dayMs, point[1]);
        afterLine.clear();
        for (const point of pain.after)
            afterLine.append((point[0] - pain.from) / dayMs, point[1]);
    }

    Component.onCompleted: fill()

    Connections {
        target: root.chartData
        function onChanged() {
            root.fill();
        }
    }

    component Card: Rectangle {
        property alias title: heading.text
        default property alias content: body.data
        property alias legend: legendRow.data

        color: root.colours.card
        border.color: root.colours.border
        radius: 6
        Accessible.role: Accessible.Chart
        Accessible.name: heading.text

        Text {
            id: heading
            x: 12
            y: 8
            color: root.colours.text
            font.bold: true
            font.pointSize: 10.5
        }
        Row {
            id: legendRow
            anchors.right: parent.right
            anchors.rightMargin: 12
            y: 9
            spacing: 12
        }
        Item {
            id: body
            anchors.fill: parent
            anchors.topMargin: 30
            anchors.leftMargin: 4
            anchors.rightMargin: 10
            anchors.bottomMargin: 4
        }
    }

    component LegendItem: Row {
        property alias text: label.text
        property color swatch
        property bool line: false

        spacing: 5
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 14
            height: parent.line ? 3 : 10
            radius: parent.line ? 1 : 2
            color: parent.swatch
        }
        Text {
            id: label
            color: root.colours.text
        }
    }

    component ChartTheme: GraphsTheme {
        colorScheme: root.colours.dark ? GraphsTheme.ColorScheme.Dark : GraphsTheme.ColorScheme.Light
        backgroundVisible: false
        plotAreaBackgroundVisible: false
        grid.mainColor: root.colours.grid
        grid.subColor: root.colours.grid
        grid.mainWidth: 1
        axisX.mainColor: root.colours.axis
        axisX.subColor: root.colours.axis
        axisX.labelTextColor: root.colours.text
        axisY.mainColor: root.colours.axis
        axisY.subColor: root.colours.axis
        axisY.labelTextColor: root.colours.text
        labelTextColor: root.colours.text
        seriesColors: [root.colours.accent]
        borderColors: [root.colours.accent]
        axisXLabelFont.pointSize: 8.5
        axisYLabelFont.pointSize: 8.5
    }

    Card {
        id: weeksCard
        width: root.cardWidth
        height: root.cardHeight
        title: root.texts.weeksTitle
        legend: [
            LegendItem {
                text: root.texts.goalLegend
                swatch: root.colours.goal
                line: true
            }
        ]

        GraphsView {
            id: weeksGraph
            objectName: "weeksGraph"
            anchors.fill: parent
            marginTop: 14
            marginBottom: 2
            marginLeft: 2
            marginRight: 4
            theme: ChartTheme {}
            axisX: BarCategoryAxis {
                categories: root.weekLabels
                gridVisible: false
                titleText: root.texts.weekAxis
                titleColor: root.colours.muted
            }
            axisY: ValueAxis {
                max: root.weeksAxisMax
                tickInterval: root.weeks.step
                labelDecimals: 0
                subTickCount: 0
                titleText: root.texts.minutesAxis
                titleColor: root.colours.muted
            }

            LineSeries {
                id: goalLine
                color: root.colours.goal
                width: 2.5
            }
            BarSeries {
                barWidth: 0.62
                labelsVisible: true
                labelsPosition: BarSeries.LabelsPosition.OutsideEnd
                labelsPrecision: root.weeks.minutes.some(v => v > 0 && v < 0.95) ? 1 : 0
                BarSet {
                    values: root.weeks.minutes
                    color: root.colours.accent
                    borderColor: root.colours.accent
                    labelColor: root.colours.text
                }
            }
        }
    }

    Card {
        id: calendarCard
        objectName: "calendarCard"
        x: root.cardWidth + root.gap
        width: root.cardWidth
        height: root.cardHeight
        title: root.texts.calendarTitle

        Item {
            id: calendarArea
            readonly property int columns: root.calendar.months.length
            readonly property real labelWidth: 34
            readonly property real cell: Math.max(6, Math.min(
                (width * 0.62 - labelWidth) / Math.max(1, columns), (height - 18) / 7))

            anchors.fill: parent
            anchors.leftMargin: 8

            Repeater {
                model: root.calendar.weekdays
                Text {
                    required property int index
                    required property string modelData
                    y: 18 + index * calendarArea.cell
                    height: calendarArea.cell
                    verticalAlignment: Text.AlignVCenter
                    text: modelData
                    color: root.colours.muted
                    font.pointSize: 8
                }
            }
            Repeater {
                model: root.calendar.months
                Text {
                    required property int index
                    required property string modelData
                    x: calendarArea.labelWidth + index * calendarArea.cell
                    text: modelData
                    color: root.colours.muted
                    font.pointSize: 8
                }
            }
            Grid {
                x: calendarArea.labelWidth
                y: 18
                rows: 7
                flow: Grid.TopToBottom
                Repeater {
                    model: root.calendar.levels
                    Item {
                        required property int index
                        required property int modelData
                        width: calendarArea.cell
                        height: calendarArea.cell
                        Rectangle {
                            anchors.fill: parent
                            anchors.margins: 1.5
                            radius: 3
                            visible: parent.modelData >= 0
                            color: parent.modelData > 0 ? root.colours["heat" + parent.modelData]
                                                        : root.colours.empty
                            border.width: parent.index === root.calendar.today ? 2 : 0
                            border.color: root.colours.today
                        }
                    }
                }
            }
            Column {
                x: calendarArea.labelWidth + calendarArea.columns * calendarArea.cell + 18
                y: 14
                width: calendarArea.width - x
                spacing: 5
                Text {
                    width: parent.width
                    text: root.calendar.streakText
                    color: root.colours.text
                    font.pointSize: 12
                    font.bold: true
                    fontSizeMode: Text.HorizontalFit  // one line: shrinks rather than wraps
                    minimumPointSize: 8
                }
                Text {
                    width: parent.width
                    text: root.calendar.longestText
                    color: root.colours.text
                    wrapMode: Text.Wrap
                }
                Text {
                    width: parent.width
                    text: root.calendar.goalText
                    color: root.colours.muted
                    wrapMode: Text.Wrap
                }
                Grid {
                    objectName: "calendarLegend"
                    columns: parent.width > 300 ? 2 : 1
                    columnSpacing: 12
                    rowSpacing: 4
                    topPadding: 4
                    Repeater {
                        model: root.calendar.legend
                        LegendItem {
                            required property int index
                            required property string modelData
                            text: modelData
                            swatch: index > 0 ? root.colours["heat" + index] : root.colours.empty
                        }
                    }
                }
            }
        }
    }

    Card {
        id: painCard
        objectName: "painCard"
        y: root.cardHeight + root.gap
        width: root.cardWidth
        height: root.cardHeight
        title: root.texts.painTitle
        legend: [
            LegendItem {
                text: root.texts.before
                swatch: root.colours.before
                line: true
            },
            LegendItem {
                text: root.texts.after
                swatch: root.colours.after
                line: true
            }
        ]

        GraphsView {
            anchors.fill: parent
            visible: root.pain.before.length + root.pain.after.length > 0
            marginTop: 10
            marginBottom: 2
            marginLeft: 2
            marginRight: 14
            theme: ChartTheme {}
            axisX: ValueAxis {
                min: 0
                max: root.painDays
                tickInterval: root.painTickDays
                labelDecimals: 0
                gridVisible: false
                subTickCount: 0
                labelDelegate: Item {
                    // Qt Graphs sets "text" to the day number; it is shown as a local date.
                    property string text
                    implicitWidth: dayText.implicitWidth
                    implicitHeight: dayText.implicitHeight
                    Text {
                        id: dayText
                        anchors.centerIn: parent
                        text: root.dayLabel(parent.text)
                        color: root.colours.text
                        font.pointSize: 8.5
                    }
                }
            }
            axisY: ValueAxis {
                max: 10
                tickInterval: 2
                labelDecimals: 0
                subTickCount: 0
                titleText: root.texts.painAxis
                titleColor: root.colours.muted
            }

            LineSeries {
                id: beforeLine
                color: root.colours.before
                width: 2
                pointDelegate: Rectangle {
                    width: 7
                    height: 7
                    radius: 3.5
                    color: root.colours.before
                }
            }
            LineSeries {
                id: afterLine
                color: root.colours.after
                width: 2
                pointDelegate: Rectangle {
                    width: 7
                    height: 7
                    radius: 3.5
                    color: root.colours.after
                }
            }
        }
        Text {
            anchors.centerIn: parent
            width: parent.width - 40
            visible: root.pain.before.length + root.pain.after.length === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: root.texts.noPain
            color: root.colours.muted
        }
    }

    Card {
        id: focusCard
        x: root.cardWidth + root.gap
        y: root.cardHeight + root.gap
        width: root.cardWidth
        height: root.cardHeight
        title: root.texts.focusTitle

        GraphsView {
            id: focusGraph
            objectName: "focusGraph"
            anchors.fill: parent
            visible: root.muscles.names.length > 0
            marginTop: 14
            marginBottom: 2
            marginLeft: 2
            marginRight: 4
            theme: ChartTheme {}
            axisX: BarCategoryAxis {
                categories: root.muscles.names
                gridVisible: false
            }
            axisY: ValueAxis {
                max: root.musclesAxisMax
                tickInterval: root.muscles.step
                labelDecimals: 0
                subTickCount: 0
                titleText: root.texts.minutesAxis
                titleColor: root.colours.muted
            }

            BarSeries {
                barWidth: 0.6
                labelsVisible: true
                labelsPosition: BarSeries.LabelsPosition.OutsideEnd
                labelsPrecision: root.muscleDecimals
                BarSet {
                    values: root.muscles.minutes
                    color: root.colours.focus
                    borderColor: root.colours.focus
                    labelColor: root.colours.text
                }
            }
        }
        Text {
            anchors.centerIn: parent
            visible: root.muscles.names.length === 0
            text: root.texts.noFocus
            color: root.colours.muted
        }
    }
}
