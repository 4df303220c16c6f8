import { Module } from '@nestjs/common';
import { DirectoryModule } from '../../directory/src/index.js';
import { BrochuresService } from './brochures/brochures.service.js';

/** Brochures, QR cards and QR codes. */
@Module({ imports: [DirectoryModule], providers: [BrochuresService], exports: [BrochuresService] })
export class PrintingModule {}
