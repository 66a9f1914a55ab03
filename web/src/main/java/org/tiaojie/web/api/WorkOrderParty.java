package org.tiaojie.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import org.tiaojie.casework.dispute.PartyDetails;
import org.tiaojie.casework.dispute.PartyRole;

/** A party of a work order, as the platform posts it; checked like a party entered on screen. */
@Schema(name = "WorkOrderParty", description = "当事人 / a party")
public record WorkOrderParty(
        @Schema(description = "APPLICANT 申请人, RESPONDENT 被申请人, THIRD_PARTY 第三人",
                requiredMode = Schema.RequiredMode.REQUIRED, example = "THIRD_PARTY")
        PartyRole role,
        @Schema(description = "单位（true）或自然人 / an organisation (true) or a person", example = "false")
        Boolean organisation,
        @Schema(description = "姓名或名称 / name", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100,
                example = "王某某")
        String name,
        @Schema(description = "MALE 男 / FEMALE 女；有身份证号时由号码确定 / taken from the ID number when given")
        PartyDetails.Gender gender,
        @Schema(description = "民族 / ethnicity", example = "汉族", maxLength = 20)
        String ethnicity,
        @Schema(description = "出生日期 / birth date", example = "1980-05-01")
        LocalDate birthDate,
        @Schema(description = "公民身份号码（校验）/ ID number, checked", maxLength = 18)
        String idNumber,
        @Schema(description = "联系电话 / phone", example = "13800000000")
        String phone,
        @Schema(description = "住址或住所 / address or domicile", maxLength = 200)
        String address,
        @Schema(description = "统一社会信用代码（单位，校验）/ unified social credit code (organisations, checked)")
        String creditCode,
        @Schema(description = "法定代表人 / legal representative", maxLength = 50)
        String legalRepresentative,
        @Schema(description = "法定代表人职务 / the representative's title", maxLength = 30)
        String representativeTitle,
        @Schema(description = "群体性纠纷的代表人 / representative of a group dispute", example = "false")
        Boolean representative,
        @Schema(description = "委托代理人 / agent", maxLength = 50)
        String agentName,
        @Schema(description = "代理人电话 / agent's phone")
        String agentPhone,
        @Schema(description = "GENERAL 一般授权 / SPECIAL 特别授权；有代理人时必填 / needed with an agent")
        PartyDetails.AgentAuthority agentAuthority) {

    PartyDetails toDetails() {
        return new PartyDetails(role, Boolean.TRUE.equals(organisation), name, gender, ethnicity, birthDate, idNumber,
                phone, address, creditCode, legalRepresentative, representativeTitle, Boolean.TRUE.equals(representative),
                agentName, agentPhone, agentAuthority);
    }
}
