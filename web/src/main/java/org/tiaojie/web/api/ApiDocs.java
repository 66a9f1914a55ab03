package org.tiaojie.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of the API (springdoc): /v3/api-docs, browsable at /swagger-ui.html. */
@Configuration
class ApiDocs {

    static final String API_KEY = "platformKey";

    @Bean
    OpenAPI tiaojieApi() {
        return new OpenAPI()
                .info(new Info().title("Tiaojie 调解 — 12345 工单接口 / work-order API").version("v1")
                        .description("12345 平台推送物业纠纷工单并拉取办结反馈。每个平台使用管理员签发的密钥（请求头 X-Api-Key）。"
                                + "错误以 application/problem+json 返回，errors 列出每个有问题的字段。"
                                + " / 12345 platforms push property-dispute work orders and pull the reply. Each"
                                + " platform sends the key an administrator issued to it in the X-Api-Key header."
                                + " Errors come as application/problem+json; errors[] names every field at fault.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components().addSecuritySchemes(API_KEY, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(ApiKeyFilter.HEADER)));
    }
}
