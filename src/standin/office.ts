/** A minimal `Office` global over a stand-in: onReady resolves with host Excel; requirement sets as it answers. */
export function officeGlobal(isSetSupported: (name: string, version?: string) => boolean) {
  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote" },
    /** office.js's Office.Promise: the platform's own where there is one. */
    Promise,
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android" },
    context: {
      host: "Excel",
      platform: "OfficeOnline",
      displayLanguage: "zh-CN",
      requirements: { isSetSupported },
    },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      callback?.(info);
      return Promise.resolve(info);
    },
  };
}
