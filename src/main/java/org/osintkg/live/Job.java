package org.osintkg.live;

import java.util.List;
import org.osintkg.article.Article;
import org.osintkg.article.ArticleException;
import org.osintkg.store.LiveState;

/**
 * One unit from a way in (a watched file, a feed item, a POSTed body): the articles read from it,
 * the inputs that failed before the pipeline, and the marks to commit in the same transaction as
 * its reports. A job is committed whole, never split over two transactions.
 *
 * @param input    the live input it came from, counted in the status
 * @param articles to run through the pipeline and store
 * @param failures inputs that could not be read, with their reasons
 * @param marks    the live state to write with the reports
 */
public record Job(LiveStatus.Input input, List<Article> articles, List<ArticleException> failures, List<LiveState.Mark> marks) {
    public Job {
        articles = List.copyOf(articles);
        failures = List.copyOf(failures);
        marks = List.copyOf(marks);
    }

    public int size() {
        return articles.size() + failures.size();
    }
}
