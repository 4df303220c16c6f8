import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../libs/common/src/index.js';
import { DatabaseModule } from '../../../libs/database/src/index.js';
import { DemoModule } from '../../../libs/demo/src/index.js';
import { DirectoryModule } from '../../../libs/directory/src/index.js';
import { AccommodationsController } from './directory/accommodations.controller.js';
import { CategoriesController } from './directory/categories.controller.js';
import { OffersController } from './directory/offers.controller.js';
import { ProducersController } from './directory/producers.controller.js';
import { TerritoriesController } from './directory/territories.controller.js';
import { HealthController } from './health/health.controller.js';

@Global()
@Module({})
class ConfigModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}

/** The HTTP way in: REST under /api/v1 and health checks. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot({ url: databaseUrl, poolSize: config.databasePoolSize }), DirectoryModule, DemoModule],
      controllers: [HealthController, TerritoriesController, ProducersController, AccommodationsController, OffersController, CategoriesController],
    };
  }
}
