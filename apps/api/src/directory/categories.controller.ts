import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CATEGORIES, CATEGORY_LABELS } from '#directory';
import { Public } from '#web';
import { ApiErrors } from '../shared/api-errors.decorator.js';

class CategoryView {
  @ApiProperty({ example: 'dairy_cheese', enum: CATEGORIES })
  code: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'The name in each language (fr, en, nl, de)',
    example: { fr: 'Produits laitiers et fromages', en: 'Dairy & cheese', nl: 'Zuivel & kaas', de: 'Milchprodukte & Käse' },
  })
  labels: Record<string, string>;
}

@Public()
@ApiErrors(401)
@ApiTags('categories')
@Controller('api/v1/categories')
export class CategoriesController {
  @Get()
  @ApiOperation({ summary: 'The product categories, with their names in each language' })
  @ApiOkResponse({ type: [CategoryView], description: 'The fixed list of product categories, with their names per language' })
  list(): CategoryView[] {
    return CATEGORIES.map((code) => ({ code, labels: CATEGORY_LABELS[code] }));
  }
}
