/** Excel.run on the stand-in: a fresh request context and workbook per batch; what is left queued is synced. */
import { StandinContext, type StandinHost } from "./context";
import { StandinWorkbook } from "./excel/workbook";

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

export interface Run {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(options: { delayForCellEdit?: boolean }, batch: Batch<T>): Promise<T>;
}

export function createRun(host: StandinHost): Run {
  return async function run<T>(first: Batch<T> | { delayForCellEdit?: boolean }, second?: Batch<T>): Promise<T> {
    const batch = typeof first === "function" ? first : second!;
    const context = new StandinContext(host);
    context.delayForCellEdit = typeof first === "object" && first.delayForCellEdit === true;
    context.workbook = new StandinWorkbook(context);
    const facade = {
      workbook: context.workbook,
      sync: () => context.sync(),
      trackedObjects: { add: () => undefined, remove: () => undefined },
    };
    const result = await batch(facade as unknown as Excel.RequestContext);
    if (context.hasPending) await context.sync();
    return result;
  };
}
