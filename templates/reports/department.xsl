<?xml version="1.0" encoding="UTF-8"?>
<!--
  The department scorecard, rendered from a departmentReport document:
  response rate, internal customer satisfaction index, dimensions, and the
  department's row and column of the department x department service
  matrix as a heat map.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:r="urn:survey360:report:1"
    exclude-result-prefixes="r">

  <xsl:include href="common.xsl"/>

  <!-- Names by id, looked up once per row: a service every department
       uses has a row for each of thousands of customers. -->
  <xsl:key name="department-name" match="r:serviceMatrix/r:departmentName" use="@id"/>

  <xsl:template match="/r:departmentReport">
    <xsl:variable name="title">
      <xsl:call-template name="t"><xsl:with-param name="key" select="'title.department'"/></xsl:call-template>
    </xsl:variable>
    <html lang="{$lang}">
      <xsl:call-template name="head">
        <xsl:with-param name="title" select="concat('&#x2068;', r:department/@name, '&#x2069; · ', $title)"/>
      </xsl:call-template>
      <body>
        <header>
          <p class="kicker"><xsl:value-of select="$title"/></p>
          <h1><bdi><xsl:value-of select="r:department/@name"/></bdi></h1>
          <xsl:if test="r:department/@parentName">
            <p class="meta"><xsl:value-of select="r:department/@parentName"/></p>
          </xsl:if>
          <xsl:call-template name="campaign-line"/>
        </header>
        <main>
          <div class="columns">
            <section id="index">
              <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.index'"/></xsl:call-template></h2>
              <xsl:call-template name="figure"><xsl:with-param name="figure" select="r:satisfactionIndex"/></xsl:call-template>
              <p class="note"><xsl:call-template name="t"><xsl:with-param name="key" select="'index.explain'"/></xsl:call-template></p>
            </section>
            <section id="response-rate">
              <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.responseRate'"/></xsl:call-template></h2>
              <xsl:choose>
                <xsl:when test="r:responseRate/@withheld">
                  <p class="big"><xsl:call-template name="withheld"><xsl:with-param name="code" select="r:responseRate/@withheld"/></xsl:call-template></p>
                </xsl:when>
                <xsl:otherwise>
                  <p class="big"><xsl:call-template name="percent"><xsl:with-param name="value" select="r:responseRate/@rate"/></xsl:call-template></p>
                  <p class="meta"><xsl:value-of select="r:responseRate/@submitted"/> / <xsl:value-of select="r:responseRate/@invited"/></p>
                </xsl:otherwise>
              </xsl:choose>
            </section>
          </div>
          <section id="dimensions">
            <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.dimensions'"/></xsl:call-template></h2>
            <div class="table"><table>
              <thead><tr>
                <th scope="col"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.dimension'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.mean'"/></xsl:call-template></th>
                <th scope="col" class="num">SD</th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.people'"/></xsl:call-template></th>
                <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.respondents'"/></xsl:call-template></th>
              </tr></thead>
              <tbody>
                <xsl:for-each select="r:dimensions/r:dimension">
                  <xsl:variable name="ref" select="@ref"/>
                  <tr>
                    <th scope="row"><xsl:value-of select="/r:departmentReport/r:labels/r:dimension[@id = $ref]/@title"/></th>
                    <xsl:call-template name="figure-cells"/>
                  </tr>
                </xsl:for-each>
                <tr class="total">
                  <th scope="row"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.overall'"/></xsl:call-template></th>
                  <xsl:for-each select="r:satisfactionIndex"><xsl:call-template name="figure-cells"/></xsl:for-each>
                </tr>
              </tbody>
            </table></div>
          </section>
          <section id="matrix">
            <h2><xsl:call-template name="t"><xsl:with-param name="key" select="'section.matrix'"/></xsl:call-template></h2>
            <p class="note"><xsl:call-template name="t"><xsl:with-param name="key" select="'matrix.explain'"/></xsl:call-template></p>
            <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'matrix.asServer'"/></xsl:call-template></h3>
            <xsl:call-template name="slice">
              <xsl:with-param name="cells" select="r:serviceMatrix/r:asServer/r:cell"/>
              <xsl:with-param name="total" select="r:serviceMatrix/r:asServer/r:total"/>
              <xsl:with-param name="other" select="'customer'"/>
            </xsl:call-template>
            <h3><xsl:call-template name="t"><xsl:with-param name="key" select="'matrix.asCustomer'"/></xsl:call-template></h3>
            <xsl:call-template name="slice">
              <xsl:with-param name="cells" select="r:serviceMatrix/r:asCustomer/r:cell"/>
              <xsl:with-param name="total" select="r:serviceMatrix/r:asCustomer/r:total"/>
              <xsl:with-param name="other" select="'server'"/>
            </xsl:call-template>
          </section>
          <xsl:call-template name="comments"/>
          <xsl:call-template name="reasons"/>
        </main>
        <xsl:call-template name="footer"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="figure">
    <xsl:param name="figure"/>
    <xsl:choose>
      <xsl:when test="$figure/@withheld">
        <p class="big"><xsl:call-template name="withheld"><xsl:with-param name="code" select="$figure/@withheld"/></xsl:call-template></p>
      </xsl:when>
      <xsl:otherwise>
        <p class="big"><xsl:call-template name="score"><xsl:with-param name="value" select="$figure/@mean"/></xsl:call-template></p>
        <p class="meta">
          <xsl:call-template name="t"><xsl:with-param name="key" select="'col.people'"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:value-of select="$figure/@people"/><xsl:text> · </xsl:text>
          <xsl:call-template name="t"><xsl:with-param name="key" select="'col.respondents'"/></xsl:call-template>
          <xsl:text> </xsl:text><xsl:value-of select="$figure/@respondents"/>
        </p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- mean, SD, people, respondents of the context figure. -->
  <xsl:template name="figure-cells">
    <xsl:choose>
      <xsl:when test="@withheld">
        <td class="num" colspan="4"><xsl:call-template name="withheld"><xsl:with-param name="code" select="@withheld"/></xsl:call-template></td>
      </xsl:when>
      <xsl:otherwise>
        <td>
          <xsl:attribute name="class">num heat <xsl:call-template name="heat"><xsl:with-param name="mean" select="@mean"/></xsl:call-template></xsl:attribute>
          <xsl:call-template name="score"><xsl:with-param name="value" select="@mean"/></xsl:call-template>
        </td>
        <td class="num"><xsl:if test="@sd"><xsl:call-template name="score"><xsl:with-param name="value" select="@sd"/></xsl:call-template></xsl:if></td>
        <td class="num"><xsl:value-of select="@people"/></td>
        <td class="num"><xsl:value-of select="@respondents"/></td>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One side of the matrix: the other departments and their cells. -->
  <xsl:template name="slice">
    <xsl:param name="cells"/>
    <xsl:param name="total"/>
    <xsl:param name="other"/>
    <div class="table"><table class="slice">
      <thead><tr>
        <th scope="col">
          <xsl:call-template name="t">
            <xsl:with-param name="key" select="concat('col.', $other)"/>
          </xsl:call-template>
        </th>
        <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.mean'"/></xsl:call-template></th>
        <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.pairs'"/></xsl:call-template></th>
        <th scope="col" class="num"><xsl:call-template name="t"><xsl:with-param name="key" select="'col.respondents'"/></xsl:call-template></th>
      </tr></thead>
      <tbody>
        <xsl:for-each select="$cells">
          <xsl:variable name="id" select="@*[local-name() = $other]"/>
          <tr>
            <th scope="row"><bdi><xsl:value-of select="key('department-name', $id)/@name"/></bdi></th>
            <xsl:call-template name="matrix-cells"/>
          </tr>
        </xsl:for-each>
        <xsl:for-each select="$total">
          <tr class="total">
            <th scope="row"><xsl:call-template name="t"><xsl:with-param name="key" select="'label.total'"/></xsl:call-template></th>
            <xsl:call-template name="matrix-cells"/>
          </tr>
        </xsl:for-each>
      </tbody>
    </table></div>
  </xsl:template>

  <xsl:template name="matrix-cells">
    <xsl:choose>
      <xsl:when test="@withheld">
        <td class="num" colspan="3"><xsl:call-template name="withheld"><xsl:with-param name="code" select="@withheld"/></xsl:call-template></td>
      </xsl:when>
      <xsl:otherwise>
        <td>
          <xsl:attribute name="class">num heat <xsl:call-template name="heat"><xsl:with-param name="mean" select="@mean"/></xsl:call-template></xsl:attribute>
          <xsl:call-template name="score"><xsl:with-param name="value" select="@mean"/></xsl:call-template>
        </td>
        <td class="num"><xsl:value-of select="@pairs"/></td>
        <td class="num"><xsl:value-of select="@respondents"/></td>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
