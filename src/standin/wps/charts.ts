/** Et.Shapes.AddChart2 and the chart it places (Et.Shape, Et.Chart, Et.ChartTitle), recorded on the sheet's model. */
import { boxAddress } from "../../core/grid/address";
import type { ChartModel, SheetModel } from "../model";
import { boxAtPoints } from "./geometry";
import { changing, etObject, WpsStandinError } from "./members";
import { RANGE_TARGETS, type WpsWorld } from "./range";

/** XlChartType values the add-in may ask for, by their Office.js names. */
const CHART_TYPES: Record<number, string> = { 51: "ColumnClustered", 57: "BarClustered", 4: "Line", 5: "Pie" };
const PLOT_BY: Record<number, string> = { 1: "Rows", 2: "Columns" };

function chartObject(world: WpsWorld, sheet: SheetModel, chart: ChartModel): object {
  let hasTitle = false;
  return etObject(world, "Chart", {
    SetSourceData: changing(world, (source, plotBy) => {
      const target = typeof source === "object" && source !== null ? RANGE_TARGETS.get(source) : undefined;
      if (!target || target.sheet !== sheet) throw new WpsStandinError("Chart.SetSourceData 需要本工作表的单元格区域");
      if (plotBy !== undefined && !(typeof plotBy === "number" && PLOT_BY[plotBy])) {
        throw new WpsStandinError(`Chart.SetSourceData 的 PlotBy 无效：${String(plotBy)}`);
      }
      chart.data = { ...target.box };
      chart.seriesBy = plotBy === undefined ? "Auto" : PLOT_BY[plotBy as number];
    }),
    HasTitle: {
      get: () => hasTitle,
      set: (v) => {
        if (typeof v !== "boolean") throw new WpsStandinError("Chart.HasTitle 应为 true 或 false");
        hasTitle = v;
        if (!v) chart.title = "";
      },
    },
    // As in VBA, a chart without a title has no ChartTitle to set.
    ChartTitle: {
      variant: true,
      get: () => {
        if (!hasTitle) throw new WpsStandinError("图表没有标题：先设置 Chart.HasTitle = true");
        return etObject(world, "ChartTitle", {
          Text: {
            get: () => chart.title,
            set: (v) => {
              if (typeof v !== "string") throw new WpsStandinError("ChartTitle.Text 应为文本");
              chart.title = v;
            },
          },
        });
      },
    },
  });
}

export function shapesObject(world: WpsWorld, live: () => SheetModel): object {
  return etObject(world, "Shapes", {
    Count: { variant: true, get: () => live().charts.length },
    AddChart2: changing(world, (style, type, left, top, width, height) => {
      const sheet = live();
      const kind = typeof type === "number" ? CHART_TYPES[type] : undefined;
      if (!kind) throw new WpsStandinError(`Shapes.AddChart2 的图表类型无效：${String(type)}`);
      if (style !== undefined && typeof style !== "number")
        throw new WpsStandinError("Shapes.AddChart2 的 Style 应为数字");
      const place = [left, top, width, height];
      if (!place.every((v) => typeof v === "number" && Number.isFinite(v) && v >= 0)) {
        throw new WpsStandinError(`Shapes.AddChart2 的位置或大小无效：${place.map(String).join(", ")}`);
      }
      const [l, t, w, h] = place as number[];
      const box = boxAtPoints(sheet, l, t, w, h);
      const chart: ChartModel = {
        type: kind,
        data: { top: 0, left: 0, rows: 0, cols: 0 },
        seriesBy: "Auto",
        title: "",
        position: {
          start: boxAddress({ top: box.top, left: box.left, rows: 1, cols: 1 }),
          end: boxAddress({ top: box.top + box.rows - 1, left: box.left + box.cols - 1, rows: 1, cols: 1 }),
        },
      };
      sheet.charts.push(chart);
      return etObject(world, "Shape", { Chart: { variant: true, get: () => chartObject(world, sheet, chart) } });
    }),
  });
}
