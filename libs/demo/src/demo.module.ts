import { Module } from '@nestjs/common';
import { AccountsModule } from '#accounts';
import { DirectoryModule } from '#directory';
import { DemoSeason } from './demo-season.js';
import { DemoSeeder } from './demo-seeder.js';

@Module({ imports: [DirectoryModule, AccountsModule], providers: [DemoSeeder, DemoSeason], exports: [DemoSeeder, DemoSeason] })
export class DemoModule {}
