package org.smartcity.court.casefile;

import java.util.Optional;

/** The concrete form of an evidence item, with its Chinese document name. */
public enum EvidenceKind {
    INTERROGATION_RECORD("interrogation-record", "讯问笔录", "interrogation record"),
    INQUIRY_RECORD("inquiry-record", "询问笔录", "inquiry record"),
    IDENTITY_PROOF("identity-proof", "身份证明", "identity proof"),
    ARRIVAL_REPORT("arrival-report", "到案经过", "arrival report"),
    PRIOR_RECORD("prior-record", "前科材料", "prior record"),
    CASE_REGISTRATION("case-registration", "立案决定书", "case registration"),
    SEIZURE_LIST("seizure-list", "扣押清单", "seizure list"),
    RETURN_LIST("return-list", "发还清单", "return list"),
    PRICE_APPRAISAL("price-appraisal", "价格认定结论书", "price appraisal"),
    INJURY_APPRAISAL("injury-appraisal", "伤情鉴定", "injury appraisal"),
    BLOOD_ALCOHOL_TEST("blood-alcohol-test", "血液酒精含量检验", "blood alcohol test"),
    BREATH_TEST("breath-test", "呼气酒精检测", "breath test"),
    DRUG_IDENTIFICATION("drug-identification", "毒品成分鉴定", "drug identification"),
    WEIGHING_RECORD("weighing-record", "称量笔录", "weighing record"),
    SCENE_INSPECTION("scene-inspection", "现场勘验笔录", "scene inspection record"),
    IDENTIFICATION_RECORD("identification-record", "辨认笔录", "identification record"),
    SEARCH_RECORD("search-record", "搜查笔录", "search record"),
    CCTV_VIDEO("cctv-video", "监控视频", "CCTV video"),
    BANK_RECORDS("bank-records", "银行/支付流水", "bank or payment records"),
    CHAT_RECORDS("chat-records", "聊天记录", "chat records"),
    MEDICAL_RECORDS("medical-records", "病历", "medical records"),
    DRIVING_LICENCE_CHECK("driving-licence-check", "驾驶证/车辆信息", "driving licence check"),
    PHYSICAL_ITEM("physical-item", "物证", "physical item"),
    PHOTO("photo", "照片", "photo"),
    OTHER("other", "其他", "other");

    private final String code;
    private final String nameZh;
    private final String nameEn;

    EvidenceKind(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The code used in the file, e.g. {@code seizure-list}. */
    public String code() {
        return code;
    }

    /** The Chinese document name, e.g. 扣押清单. */
    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    /** True for the four appraisal and laboratory kinds, which an expert signs. */
    public boolean isAppraisal() {
        return this == PRICE_APPRAISAL
                || this == INJURY_APPRAISAL
                || this == BLOOD_ALCOHOL_TEST
                || this == DRUG_IDENTIFICATION;
    }

    /** True for the records of questioning (interrogation and inquiry). */
    public boolean isStatement() {
        return this == INTERROGATION_RECORD || this == INQUIRY_RECORD;
    }

    /** The kind for a file code, empty when the code is unknown. */
    public static Optional<EvidenceKind> fromCode(String code) {
        for (EvidenceKind k : values()) {
            if (k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
