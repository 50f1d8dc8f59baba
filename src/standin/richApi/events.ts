/**
 * The host's side of Office's event messaging for the bridge. Microsoft's client registers for the host's rich API
 * messages through its client end point (XDM registerForEvent, event "richApiMessage", dispid 33); the add-in's
 * `worksheets.onChanged.add` makes it send `_RegisterDataChangedEvent` (undone by `_UnregisterDataChangedEvent`).
 * While both stand, each edit of a cell in the stand-in's workbook (the user's, or the add-in's own writes) reaches the client as one rich API message
 * entry [category 65536, event type 10, target "Workbook", the event's JSON, id, remote override], as Excel sends it.
 * Browser-safe.
 */
import type { CellEditEvent } from "../context";
import { ErrorCodes, StandinError } from "../errors";

export interface CellEditSource {
  readonly cellEdits: Set<(edit: CellEditEvent) => void>;
}

/** Office's XDM result codes (Microsoft.Office.Common.InvokeResultCode). */
const XDM_NO_ERROR = 0;
/** The event the client's rich API message manager registers for, and its dispatch id. */
export const RICH_API_MESSAGE = "richApiMessage";
const RICH_API_MESSAGE_DISPID = 33;
/** Constants.eventMessageCategory and Excel's EventType.worksheetCollectionChanged id in OfficeExtension. */
const EVENT_MESSAGE_CATEGORY = 65536;
const WORKSHEET_COLLECTION_CHANGED = 10;
const WORKBOOK_TARGET = "Workbook";

type XdmCallback = (status: number, payload: unknown) => void;
/** The host's event payload as the client end point receives it (ArrayData: the message entries). */
export type RichApiMessagePayload = { ArrayData: unknown[][] };

interface XdmEventData {
  controlId?: string;
  eventDispId?: number;
  targetId?: string;
}

/** The event half of the client end point Office's client talks to the host through (OSF.getClientEndPoint()). */
export interface EventEndPoint {
  registerForEvent(
    name: string,
    onEvent: (payload: RichApiMessagePayload) => void,
    done: XdmCallback,
    data: XdmEventData,
  ): void;
  unregisterForEvent(name: string, done: XdmCallback, data: XdmEventData): void;
}

function eventGap(what: string): StandinError {
  return new StandinError(ErrorCodes.apiNotFound, `替身未实现事件 ${what}`);
}

export class RichApiEvents implements EventEndPoint {
  /** The client's registrations for rich API messages. */
  private readonly receivers = new Set<(payload: RichApiMessagePayload) => void>();
  /** `_RegisterDataChangedEvent` requests not yet undone. */
  private changedRegistrations = 0;
  private nextMessageId = 1;
  /** Rich API messages sent to the client so far. */
  delivered = 0;
  private readonly onCellEdit = (edit: CellEditEvent) => this.cellEdited(edit);

  constructor(private readonly source: CellEditSource) {}

  /** Whether the workbook's Changed events are registered (the client asked and has not withdrawn). */
  get listening(): boolean {
    return this.changedRegistrations > 0;
  }

  registerForEvent(
    name: string,
    onEvent: (payload: RichApiMessagePayload) => void,
    done: XdmCallback,
    data: XdmEventData,
  ): void {
    if (name !== RICH_API_MESSAGE || data.eventDispId !== RICH_API_MESSAGE_DISPID) {
      throw eventGap(`${name} (dispid ${String(data.eventDispId)})`);
    }
    this.receivers.add(onEvent);
    done(XDM_NO_ERROR, { Error: 0 });
  }

  unregisterForEvent(name: string, done: XdmCallback, data: XdmEventData): void {
    if (name !== RICH_API_MESSAGE || data.eventDispId !== RICH_API_MESSAGE_DISPID) {
      throw eventGap(`${name} (dispid ${String(data.eventDispId)})`);
    }
    this.receivers.clear();
    done(XDM_NO_ERROR, { Error: 0 });
  }

  /** WorksheetCollection._RegisterDataChangedEvent, run at its place in a request. */
  registerChanged(): void {
    if (this.changedRegistrations === 0) this.source.cellEdits.add(this.onCellEdit);
    this.changedRegistrations += 1;
  }

  /** WorksheetCollection._UnregisterDataChangedEvent. */
  unregisterChanged(): void {
    if (this.changedRegistrations === 0) return;
    this.changedRegistrations -= 1;
    if (this.changedRegistrations === 0) this.source.cellEdits.delete(this.onCellEdit);
  }

  private cellEdited(edit: CellEditEvent): void {
    const event = {
      type: "WorksheetChanged",
      changeType: "RangeEdited",
      source: edit.source,
      worksheetId: edit.worksheetId,
      address: edit.address,
      triggerSource: edit.triggerSource ?? "Unknown",
      shiftDirection: "None",
    };
    const entry = [
      EVENT_MESSAGE_CATEGORY,
      WORKSHEET_COLLECTION_CHANGED,
      WORKBOOK_TARGET,
      JSON.stringify(event),
      String(this.nextMessageId++),
      false,
    ];
    const receivers = [...this.receivers];
    // The host posts its messages (XDM is window.postMessage): the client hears them after the edit, not during it.
    setTimeout(() => {
      for (const receive of receivers) {
        this.delivered += 1;
        receive({ ArrayData: [entry] });
      }
    }, 0);
  }
}
