import { ApiProperty } from '@nestjs/swagger';
import { publicImageUrl, type StoredImage } from '#directory';

/** An uploaded image, as stored: where anyone reads it, and what it is. */
export class ImageView {
  @ApiProperty({
    example: '/images/3f2a9c0d5e7b41a8b6c2d9e0f1a2b3c4.jpg',
    description: 'Its public address, on this server: named by its content, cached for ever',
  })
  url: string;

  @ApiProperty({ enum: ['image/png', 'image/jpeg'], description: 'Logos are stored as PNG (transparency kept), photos as JPEG, whatever was sent' })
  mime: 'image/png' | 'image/jpeg';

  @ApiProperty({ type: 'integer', example: 1200, description: 'In pixels, after re-encoding (logos at most 1200, photos at most 1600 on their longest side)' })
  width: number;

  @ApiProperty({ type: 'integer', example: 800 })
  height: number;

  @ApiProperty({ type: 'integer', example: 183211, description: 'Bytes of the stored image' })
  size: number;

  @ApiProperty({ example: '2026-03-01T09:00:00.000Z' })
  uploadedAt: Date;
}

export const imageView = (image: StoredImage): ImageView => ({
  url: publicImageUrl(image),
  mime: image.mime,
  width: image.width,
  height: image.height,
  size: image.size,
  uploadedAt: image.uploadedAt,
});
