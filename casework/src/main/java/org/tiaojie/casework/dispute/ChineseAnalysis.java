package org.tiaojie.casework.dispute;

import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzer of the dispute index: Lucene's smartcn segments Chinese into words (楼上/漏水/导致/
 * 天花板/发霉) with its hidden Markov model and dictionary, so that 漏水 finds 楼上漏水导致天花板发霉;
 * Latin letters and digits are kept as words, lower-cased. Each text is also indexed as
 * overlapping character pairs, for words the segmentation splits differently from the query.
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "chinese";
    /** Overlapping pairs of characters: finds 群租 in 群租房, which smartcn splits as 群/租房. */
    public static final String BIGRAM = "bigram";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
        context.analyzer(BIGRAM).instance(new CJKAnalyzer());
    }
}
