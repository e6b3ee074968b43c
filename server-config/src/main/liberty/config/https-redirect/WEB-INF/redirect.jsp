<%@ page session="false" contentType="text/plain; charset=UTF-8" %><%--
  301 to the same host, path and query on the HTTPS port (server variable https.port, read through
  MicroProfile Config). Host names come from the request; a proxy in front should redirect itself.
--%><%
  String port = org.eclipse.microprofile.config.ConfigProvider.getConfig()
          .getOptionalValue("https.port", String.class).orElse("9443");
  String host = request.getServerName();
  String query = request.getQueryString();
  response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
  response.setHeader("Location", "https://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host)
          + ":" + port + request.getRequestURI() + (query == null ? "" : "?" + query));
%>
