import { ApiProperty, ApiSchema } from '@nestjs/swagger';

/** A text saved with characters the brochure cannot print (the save succeeded). */
@ApiSchema({ name: 'TextWarning' })
export class TextWarningView {
  @ApiProperty({ example: 'description.fr', description: 'The field; a translated one with its language' })
  field!: string;

  @ApiProperty({ example: ['🐝', '🍯'], type: [String], description: 'The characters the brochure cannot print, each once (an emoji sequence is one)' })
  characters!: string[];

  @ApiProperty({ example: 'These characters will not print in the brochure: 🐝 🍯 — they will show as □' })
  message!: string;
}

/** A saved record's answer: the record, and what of its texts will not print. */
export class TextWarnings {
  @ApiProperty({ type: [TextWarningView], description: 'Texts saved with characters the brochure cannot print (they show as □); empty when all print' })
  warnings!: TextWarningView[];
}
