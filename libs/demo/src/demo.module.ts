import { Module } from '@nestjs/common';
import { AccountsModule } from '../../accounts/src/index.js';
import { DirectoryModule } from '../../directory/src/index.js';
import { DemoSeason } from './demo-season.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({ imports: [DirectoryModule, AccountsModule], providers: [DemoSeeder, DemoSeason], exports: [DemoSeeder, DemoSeason] })
export class DemoModule {}
