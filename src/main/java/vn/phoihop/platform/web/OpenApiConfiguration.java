package vn.phoihop.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of {@code /api/v1}, served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI phoiHopOpenApi() {
        return new OpenAPI()
                .info(new Info().title("PhoiHop API").version("v1")
                        .description("API của PhoiHop. Lấy mã truy cập qua POST /api/v1/auth/token rồi gửi kèm "
                                + "tiêu đề Authorization: Bearer <mã>. Lỗi trả về dạng problem details (RFC 9457)."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
