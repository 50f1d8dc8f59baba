/** Excel.run on the stand-in: a fresh request context and workbook per batch; what is left queued is synced. */
import { StandinContext, type StandinHost } from "./context";
import { StandinWorkbook } from "./excel/workbook";

export type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export function createRun(host: StandinHost): Run {
  return async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new StandinContext(host);
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
