package io.restgres.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.enterprise.context.Dependent;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Custom reason phrases in the status line ({@code RAISE SQLSTATE 'PT402' USING message = 'Payment
 * Required'}, the {@code status_text} of a raised PGRST error). Servlet 6 has no API for them and
 * Jersey sets only the code, which also resets any phrase; an error that carries one names it in a
 * request attribute, and the response wrapper applies it right after Jersey sets the status,
 * before anything is sent ({@link GrizzlyStatus}).
 */
@Dependent
public class ReasonPhraseFilter extends HttpFilter {
  /** The request attribute holding the reason phrase of the response. */
  static final String ATTRIBUTE = "io.restgres.reasonPhrase";

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(req, new HttpServletResponseWrapper(res) {
      @Override
      public void setStatus(int status) {
        super.setStatus(status);
        if (req.getAttribute(ATTRIBUTE) instanceof String phrase) {
          GrizzlyStatus.set(res, status, phrase);
        }
      }
    });
  }
}
