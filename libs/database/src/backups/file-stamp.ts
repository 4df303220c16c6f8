/** Local time, for file names people sort and read: 2026-11-30T0810 (or 2026-11-30T081012). */
export function fileStamp(date: Date, withSeconds: boolean): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(date.getHours())}${two(date.getMinutes())}${withSeconds ? two(date.getSeconds()) : ''}`;
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${time}`;
}
