/** A data file has an unexpected shape. `detail` says where (a path such as `indicators[3].unit`). */
export class DataFormatError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'DataFormatError';
  }
}
