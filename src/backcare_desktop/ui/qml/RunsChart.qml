// "Running and your back", drawn with Qt Graphs 2D: on the same weeks, running distance as bars
// (with a mark over each week holding a spike run), back-care minutes as a line, and average
// pain before and after as lines. Three rows share one week axis so the weeks line up.
// Every figure, text and colour comes from runsData (RunsChartData in runs_chart.py).
import QtQuick
import QtGraphs

Rectangle {
    id: root

    required property QtObject runsData
    readonly property var colours: runsData.colours
    readonly property var texts: runsData.texts
    readonly property var weeks: runsData.weeks
    readonly property int count: weeks.labels.length

    color: colours.card
    border.color: colours.border
    radius: 6
    Accessible.role: Accessible.Chart
    Accessible.name: texts.title

    // Line and scatter series are filled here; category i is centred at x = i + 0.5.
    function fill() {
        spikeMarks.clear();
        minutesLine.clear();
        beforeLine.clear();
        afterLine.clear();
        morningLine.clear();
        for (let i = 0; i < count; ++i) {
            if (weeks.spikes[i] > 0)
                spikeMarks.append(i + 0.5, weeks.km[i] + weeks.kmMax * 0.24);
            minutesLine.append(i + 0.5, weeks.minutes[i]);
            if (weeks.before[i] >= 0)
                beforeLine.append(i + 0.5, weeks.before[i]);
            if (weeks.after[i] >= 0)
                afterLine.append(i + 0.5, weeks.after[i]);
            if (weeks.morning[i] >= 0)
                morningLine.append(i + 0.5, weeks.morning[i]);
        }
    }

    Component.onCompleted: fill()

    Connections {
        target: root.runsData
        function onChanged() {
            root.fill();
        }
    }

    component LegendItem: Row {
        property alias text: label.text
        property color swatch
        property bool line: false
        property bool mark: false

        spacing: 5
        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: parent.mark ? 10 : 14
            height: parent.line ? 3 : 10
            radius: parent.mark ? 5 : (parent.line ? 1 : 2)
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

    component Dot: Rectangle {
        width: 7
        height: 7
        radius: 3.5
    }

    Text {
        id: heading
        x: 12
        y: 8
        text: root.texts.title
        color: root.colours.text
        font.bold: true
        font.pointSize: 10.5
    }
    Row {
        anchors.right: parent.right
        anchors.rightMargin: 12
        y: 9
        spacing: 12
        LegendItem {
            text: root.texts.kmLegend
            swatch: root.colours.accent
        }
        LegendItem {
            text: root.texts.spikeLegend
            swatch: root.colours.spike
            mark: true
        }
        LegendItem {
            text: root.texts.minutesLegend
            swatch: root.colours.minutes
            line: true
        }
        LegendItem {
            text: root.texts.beforeLegend
            swatch: root.colours.before
            line: true
        }
        LegendItem {
            text: root.texts.afterLegend
            swatch: root.colours.after
            line: true
        }
        LegendItem {
            visible: root.weeks.morning.some(value => value >= 0)
            text: root.texts.morningLegend
            swatch: root.colours.morning
            line: true
        }
    }

    Column {
        id: rows
        anchors.fill: parent
        anchors.topMargin: 30
        anchors.leftMargin: 4
        anchors.rightMargin: 10
        anchors.bottomMargin: 4

        GraphsView {
            width: rows.width
            height: rows.height * 0.46
            marginTop: 8
            marginBottom: 0
            marginLeft: 2
            marginRight: 4
            theme: ChartTheme {}
            axisX: BarCategoryAxis {
                categories: root.weeks.labels
                gridVisible: false
                labelsVisible: false
            }
            axisY: ValueAxis {
                max: root.weeks.kmMax
                tickInterval: root.weeks.kmStep
                labelDecimals: 0
                subTickCount: 0
                titleText: root.texts.kmAxis
                titleColor: root.colours.muted
            }
            BarSeries {
                barWidth: 0.62
                labelsVisible: true
                labelsPosition: BarSeries.LabelsPosition.OutsideEnd
                labelsPrecision: 0
                BarSet {
                    values: root.weeks.km
                    color: root.colours.accent
                    borderColor: root.colours.accent
                    labelColor: root.colours.text
                }
            }
            ScatterSeries {
                id: spikeMarks
                pointDelegate: Rectangle {
                    width: 11
                    height: 11
                    radius: 5.5
                    color: root.colours.spike
                    border.color: root.colours.card
                    border.width: 1.5
                }
            }
        }

        GraphsView {
            width: rows.width
            height: rows.height * 0.25
            marginTop: 6
            marginBottom: 0
            marginLeft: 2
            marginRight: 4
            theme: ChartTheme {}
            axisX: BarCategoryAxis {
                categories: root.weeks.labels
                gridVisible: false
                labelsVisible: false
            }
            axisY: ValueAxis {
                max: root.weeks.minutesMax
                tickInterval: root.weeks.minutesStep
                labelDecimals: 0
                subTickCount: 0
                titleText: root.texts.minutesAxis
                titleColor: root.colours.muted
            }
            LineSeries {
                id: minutesLine
                color: root.colours.minutes
                width: 2
                pointDelegate: Dot {
                    color: root.colours.minutes
                }
            }
        }

        GraphsView {
            width: rows.width
            height: rows.height * 0.29
            marginTop: 6
            marginBottom: 2
            marginLeft: 2
            marginRight: 4
            theme: ChartTheme {}
            axisX: BarCategoryAxis {
                categories: root.weeks.labels
                gridVisible: false
                titleText: root.texts.weekAxis
                titleColor: root.colours.muted
            }
            axisY: ValueAxis {
                max: 10
                tickInterval: 5
                labelDecimals: 0
                subTickCount: 0
                titleText: root.texts.painAxis
                titleColor: root.colours.muted
            }
            LineSeries {
                id: beforeLine
                color: root.colours.before
                width: 2
                pointDelegate: Dot {
                    color: root.colours.before
                }
            }
            LineSeries {
                id: afterLine
                color: root.colours.after
                width: 2
                pointDelegate: Dot {
                    color: root.colours.after
                }
            }
            LineSeries {
                id: morningLine
                color: root.colours.morning
                width: 2
                pointDelegate: Dot {
                    color: root.colours.morning
                }
            }
        }
    }
}
