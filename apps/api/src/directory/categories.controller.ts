import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CATEGORIES, CATEGORY_LABELS } from '#directory';
import { Public } from '#web';

class CategoryView {
  @ApiProperty({ example: 'dairy_cheese', enum: CATEGORIES })
  code: string;

  @ApiProperty({ example: { fr: 'Produits laitiers et fromages', en: 'Dairy & cheese', nl: 'Zuivel & kaas', de: 'Milchprodukte & Käse' } })
  labels: Record<string, string>;
}

@Public()
@ApiTags('categories')
@Controller('api/v1/categories')
export class CategoriesController {
  @Get()
  @ApiOkResponse({ type: [CategoryView], description: 'The fixed list of product categories, with their names per language' })
  list(): CategoryView[] {
    return CATEGORIES.map((code) => ({ code, labels: CATEGORY_LABELS[code] }));
  }
}
