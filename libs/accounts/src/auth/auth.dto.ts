import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'producer@demo.test', maxLength: 200, format: 'email' })
  @IsEmail()
  @MaxLength(200)
  email: string;

  @ApiProperty({ example: 'terroir-demo', format: 'password', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ example: 'mC3v0yq7Qm5Zr8m2n4b6v8c0x2z4l6k8j0h2g4f6d8s', description: 'The refresh token of the last sign-in or refresh', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  refreshToken: string;
}

export class TokenPair {
  @ApiProperty({ example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl', description: 'Send as Authorization: Bearer …' })
  accessToken: string;

  @ApiProperty({ example: '2026-06-02T08:30:00.000Z' })
  accessTokenExpiresAt: Date;

  @ApiProperty({ example: 'mC3v0yq7Qm5Zr8m2n4b6v8c0x2z4l6k8j0h2g4f6d8s', description: 'Single use: each refresh answers a new one' })
  refreshToken: string;

  @ApiProperty({ example: '2026-07-02T08:15:00.000Z' })
  refreshTokenExpiresAt: Date;
}

/** A new password, as chosen when accepting an invitation or resetting it. */
export class PasswordDto {
  @ApiProperty({ example: 'miel-de-gatine-2026', minLength: 10, maxLength: 200, format: 'password' })
  @IsString()
  @MinLength(10)
  @MaxLength(200)
  password: string;
}

export class AcceptInvitationDto extends PasswordDto {
  @ApiProperty({ example: 'q8Zt2m0Vw6n1Xr4b7Yc9Ld3Kf5Hj8Pg2Ts6Uv0Wx4Ya', description: 'The token of the invitation link', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiPropertyOptional({ example: 'Marie Bonnet', maxLength: 120 })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  name?: string;
}

export class ConfirmPasswordResetDto extends PasswordDto {
  @ApiProperty({ example: 'q8Zt2m0Vw6n1Xr4b7Yc9Ld3Kf5Hj8Pg2Ts6Uv0Wx4Ya', description: 'The token of the reset link', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}

export class RequestPasswordResetDto {
  @ApiProperty({ example: 'producer@demo.test', maxLength: 200, format: 'email' })
  @IsEmail()
  @MaxLength(200)
  email: string;
}
