import { Module } from '@nestjs/common';
import { DirectoryModule } from '../../directory/src/index.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({ imports: [DirectoryModule], providers: [DemoSeeder], exports: [DemoSeeder] })
export class DemoModule {}
