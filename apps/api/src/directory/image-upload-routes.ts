/** The routes that take an image as a multipart upload: the API's, and the member pages' forms. */
export const IMAGE_UPLOAD_ROUTES = [
  '/api/v1/territories/:id/logo',
  '/api/v1/territories/:id/funders/:funder/logo',
  '/api/v1/producers/:id/photo',
  '/api/v1/accommodations/:id/photo',
];
